package io.linecare.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A change of a plan's monthly price.
 *
 * @param announcedOn null when customers were never told: charging the new price is then an error
 */
public record PriceChange(long id, String planCode, LocalDate effectiveFrom, BigDecimal oldPrice,
        BigDecimal newPrice, LocalDate announcedOn) {

    public boolean wasAnnounced() {
        return announcedOn != null;
    }

    public Optional<LocalDate> announcedOnIfAny() {
        return Optional.ofNullable(announcedOn);
    }
}
