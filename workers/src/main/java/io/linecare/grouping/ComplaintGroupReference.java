package io.linecare.grouping;

import java.util.regex.Pattern;

import io.linecare.platform.CaseReferenceFormat;

/**
 * The complaint group's (and incident's) reference: {@code CG-<year>-<counter>}, the counter from one
 * database sequence, zero-padded to six digits. It is the TMF656 ServiceProblem id, the business key
 * of the complaint-group process and the case reference on outage messages and the status page.
 */
public final class ComplaintGroupReference {

    public static final String PREFIX = "CG-";
    private static final CaseReferenceFormat REFERENCE = new CaseReferenceFormat("CG");
    public static final Pattern FORMAT = REFERENCE.pattern();

    private ComplaintGroupReference() {
    }

    public static String of(int year, long counter) {
        return REFERENCE.of(year, counter);
    }

    public static boolean isValid(String reference) {
        return REFERENCE.isValid(reference);
    }
}
