package io.linecare.retention;

import java.util.regex.Pattern;

import io.linecare.platform.CaseReferenceFormat;

/**
 * The reference of a cancellation request: {@code CS-<year>-<counter>}, the counter from one
 * database sequence, zero-padded to six digits. Business key of cancellation-save.
 */
public final class CancellationReference {

    private static final CaseReferenceFormat REFERENCE = new CaseReferenceFormat("CS");
    public static final Pattern FORMAT = REFERENCE.pattern();

    private CancellationReference() {
    }

    public static String of(int year, long counter) {
        return REFERENCE.of(year, counter);
    }

    public static boolean isValid(String reference) {
        return REFERENCE.isValid(reference);
    }
}
