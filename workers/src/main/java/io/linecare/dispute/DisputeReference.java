package io.linecare.dispute;

import java.util.regex.Pattern;

/**
 * The billing-dispute reference the customer quotes: {@code BD-<year>-<counter>}, the counter from one
 * database sequence, zero-padded to six digits (it grows rather than wraps). The business key of the
 * billing-dispute process.
 */
public final class DisputeReference {

    public static final Pattern FORMAT = Pattern.compile("BD-[0-9]{4}-[0-9]{6,}");

    private DisputeReference() {
    }

    public static String of(int year, long counter) {
        if (year < 1000 || year > 9999) {
            throw new IllegalArgumentException("year must have four digits: " + year);
        }
        if (counter < 1) {
            throw new IllegalArgumentException("counter must be positive: " + counter);
        }
        return String.format("BD-%04d-%06d", year, counter);
    }

    public static boolean isValid(String reference) {
        return reference != null && FORMAT.matcher(reference).matches();
    }
}
