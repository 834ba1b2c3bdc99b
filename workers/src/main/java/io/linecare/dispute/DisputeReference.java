package io.linecare.dispute;

import java.util.regex.Pattern;

import io.linecare.platform.CaseReferenceFormat;

/**
 * The billing-dispute reference the customer quotes: {@code BD-<year>-<counter>}, the counter from one
 * database sequence, zero-padded to six digits (it grows rather than wraps). The business key of the
 * billing-dispute process.
 */
public final class DisputeReference {

    private static final CaseReferenceFormat REFERENCE = new CaseReferenceFormat("BD");
    public static final Pattern FORMAT = REFERENCE.pattern();

    private DisputeReference() {
    }

    public static String of(int year, long counter) {
        return REFERENCE.of(year, counter);
    }

    public static boolean isValid(String reference) {
        return REFERENCE.isValid(reference);
    }
}
