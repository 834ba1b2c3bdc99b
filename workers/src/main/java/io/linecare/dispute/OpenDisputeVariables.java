package io.linecare.dispute;

/**
 * The variables of open-dispute.bpmn, the agents' Tasklist intake of a billing dispute: an agent fills
 * its start form, {@code dispute.open-dispute} opens the dispute (and so starts billing-dispute) or names
 * what is wrong.
 */
public final class OpenDisputeVariables {

    /** The process definition key of open-dispute.bpmn. */
    public static final String PROCESS_KEY = "open-dispute";

    /** String: the login of the agent who raised the dispute (camunda:initiator of the start event). */
    public static final String OPENED_BY = "openedBy";

    // the form fields (start form open-dispute, correction form open-dispute-correct)

    /** String: the customer's reference, e.g. CU-000042. */
    public static final String CUSTOMER_REFERENCE = "customerReference";
    /** String: the disputed bill's reference, e.g. BL-202611-000123. */
    public static final String BILL_REFERENCE = "billReference";
    /** String: what the customer says is wrong. */
    public static final String REASON = "reason";
    /** How many bill lines the form offers (plain fields: 7.24 Tasklist cannot complete a dynamic list). */
    public static final int MAX_LINES = 3;
    /** Boolean, correction form only: the agent gives up on the dispute (none is opened). */
    public static final String WITHDRAW_DISPUTE = "withdrawDispute";

    // set by dispute.open-dispute

    /** String, on success: the opened dispute's reference, e.g. BD-2026-000123. */
    public static final String DISPUTE_REFERENCE = "disputeReference";
    /** String, with {@link #ERROR_INVALID_DISPUTE}: every reason the dispute was not opened, one per line. */
    public static final String INTAKE_PROBLEM = "intakeProblem";
    /** String, with {@link #ERROR_INVALID_DISPUTE}: customer and bill as entered, for the correction task's name. */
    public static final String DISPUTE_LABEL = "disputeLabel";

    /** BPMN error: the dispute cannot be opened as it stands; an agent corrects it. */
    public static final String ERROR_INVALID_DISPUTE = "Err_InvalidDispute";

    private OpenDisputeVariables() {
    }

    /** Number (whole): the bill line's id as printed on the bill, {@code n} from 1 to {@link #MAX_LINES}. */
    public static String billLine(int n) {
        return "billLine" + n;
    }

    /** Number, optional: the disputed amount of bill line {@code n} (empty: the whole line). */
    public static String amount(int n) {
        return "amount" + n;
    }
}
