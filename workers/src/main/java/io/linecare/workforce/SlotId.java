package io.linecare.workforce;

import java.time.Instant;
import java.util.Objects;

/**
 * The identity of an offered visit window: technician and window start, written
 * {@code <technicianId>@<start in epoch seconds>} (e.g. {@code T01@1773885600}). It is stable, so an
 * offer stored in a process variable today can be booked by a retried worker tomorrow.
 */
public record SlotId(String technicianId, Instant start) {

    private static final char SEPARATOR = '@';

    public SlotId {
        Objects.requireNonNull(technicianId, "technicianId");
        Objects.requireNonNull(start, "start");
        if (technicianId.isBlank() || technicianId.indexOf(SEPARATOR) >= 0) {
            throw new IllegalArgumentException("Technician id '" + technicianId + "' cannot be part of a slot id");
        }
    }

    /** @throws IllegalArgumentException when the text is not a slot id */
    public static SlotId parse(String text) {
        int at = text == null ? -1 : text.lastIndexOf(SEPARATOR);
        if (at <= 0 || at == text.length() - 1) {
            throw new IllegalArgumentException("Not a slot id: '" + text + "'");
        }
        try {
            return new SlotId(text.substring(0, at), Instant.ofEpochSecond(Long.parseLong(text.substring(at + 1))));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Not a slot id: '" + text + "'", e);
        }
    }

    public String value() {
        return technicianId + SEPARATOR + start.getEpochSecond();
    }

    @Override
    public String toString() {
        return value();
    }
}
