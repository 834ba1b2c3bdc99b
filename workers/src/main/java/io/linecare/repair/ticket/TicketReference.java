package io.linecare.repair.ticket;

import java.util.regex.Pattern;

/**
 * The fault-repair case reference the customer quotes: {@code FR-<year>-<counter>}, the counter
 * zero-padded to six digits (it grows to seven after 999 999 tickets rather than wrapping). The
 * counter comes from one database sequence, so references never repeat across years either. It is
 * the TMF621 ticket id and the business key of the fault-repair process.
 */
public final class TicketReference {

    public static final String PREFIX = "FR-";
    public static final Pattern FORMAT = Pattern.compile("FR-[0-9]{4}-[0-9]{6,}");

    private TicketReference() {
    }

    public static String of(int year, long counter) {
        if (year < 1000 || year > 9999) {
            throw new IllegalArgumentException("year must have four digits: " + year);
        }
        if (counter < 1) {
            throw new IllegalArgumentException("counter must be positive: " + counter);
        }
        return String.format("%s%04d-%06d", PREFIX, year, counter);
    }

    public static boolean isValid(String reference) {
        return reference != null && FORMAT.matcher(reference).matches();
    }
}
