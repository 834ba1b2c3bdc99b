package io.linecare.retention;

import java.util.List;

/**
 * The customer's cases still open elsewhere in Linecare, surfaced before any offer ("fix before you
 * save"). Today this knows faults (trouble tickets); billing disputes (#6, branch dispute) add an
 * implementation over their table when they land — {@link ScoringService} takes every bean.
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
