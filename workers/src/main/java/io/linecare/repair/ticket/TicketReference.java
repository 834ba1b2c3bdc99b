package io.linecare.repair.ticket;

import java.util.regex.Pattern;

import io.linecare.platform.CaseReferenceFormat;

/**
 * The fault-repair case reference the customer quotes: {@code FR-<year>-<counter>}, the counter
 * zero-padded to six digits (it grows to seven after 999 999 tickets rather than wrapping). The
 * counter comes from one database sequence, so references never repeat across years either. It is
 * the TMF621 ticket id and the business key of the fault-repair process.
 */
public final class TicketReference {

    public static final String PREFIX = "FR-";
    private static final CaseReferenceFormat REFERENCE = new CaseReferenceFormat("FR");
    public static final Pattern FORMAT = REFERENCE.pattern();

    private TicketReference() {
    }

    public static String of(int year, long counter) {
        return REFERENCE.of(year, counter);
    }

    public static boolean isValid(String reference) {
        return REFERENCE.isValid(reference);
    }
}
