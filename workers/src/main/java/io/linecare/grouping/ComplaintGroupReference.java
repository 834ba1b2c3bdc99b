package io.linecare.grouping;

import java.util.regex.Pattern;

/**
 * The complaint group's (and incident's) reference: {@code CG-<year>-<counter>}, the counter from one
 * database sequence, zero-padded to six digits. It is the TMF656 ServiceProblem id, the business key
 * of the complaint-group process and the case reference on outage messages and the status page.
 */
public final class ComplaintGroupReference {

    public static final String PREFIX = "CG-";
    public static final Pattern FORMAT = Pattern.compile("CG-[0-9]{4}-[0-9]{6,}");

    private ComplaintGroupReference() {
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
