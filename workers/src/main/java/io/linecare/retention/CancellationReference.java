package io.linecare.retention;

import java.util.regex.Pattern;

/**
 * The reference of a cancellation request: {@code CS-<year>-<counter>}, the counter from one
 * database sequence, zero-padded to six digits. Business key of cancellation-save.
 */
public final class CancellationReference {

    public static final Pattern FORMAT = Pattern.compile("CS-[0-9]{4}-[0-9]{6,}");

    private CancellationReference() {
    }

    public static String of(int year, long counter) {
        if (year < 1000 || year > 9999 || counter < 1) {
            throw new IllegalArgumentException("no cancellation reference for year " + year + ", counter " + counter);
        }
        return String.format("CS-%04d-%06d", year, counter);
    }

    public static boolean isValid(String reference) {
        return reference != null && FORMAT.matcher(reference).matches();
    }
}
