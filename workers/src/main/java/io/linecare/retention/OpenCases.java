package io.linecare.retention;

import java.util.List;

/**
 * The customer's cases still open elsewhere in Linecare, surfaced before any offer ("fix before you
 * save"): {@link OpenFaults} (trouble tickets) and {@link OpenDisputes} (billing disputes);
 * {@link ScoringService} takes every bean, so another kind of case is one more implementation.
 */
public interface OpenCases {

    /** Open cases of the customer, oldest first. */
    List<OpenCase> openCasesOf(long customerId);

    /**
     * @param kind      fault or dispute
     * @param reference the case reference the customer quotes (FR-…, BD-…)
     */
    record OpenCase(String kind, String reference, String summary) {

        public static final String FAULT = "fault";
        public static final String DISPUTE = "dispute";
    }
}
