package io.linecare.customer;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

/**
 * A customer as the CRM knows them: who, how to reach them and when not to.
 *
 * @param quietHours null when the customer accepts messages at any time
 * @param npsScore   null when the customer never answered the survey
 */
public record Customer(
        long id,
        String reference,
        String fullName,
        Tier tier,
        boolean bigClient,
        String email,
        String mobile,
        Locale locale,
        ChannelPreference channelPreference,
        QuietHours quietHours,
        ZoneId timeZone,
        String address,
        String areaId,
        LocalDate customerSince,
        Integer npsScore) {

    public Optional<QuietHours> quietHoursIfAny() {
        return Optional.ofNullable(quietHours);
    }
}
