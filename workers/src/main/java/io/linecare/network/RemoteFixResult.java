package io.linecare.network;

/**
 * What a remote fix attempt did.
 *
 * @param action what was done on the network, e.g. "port reset on A03-OLT1"; null unless
 *               {@link Outcome#FIXED}
 * @param detail the line's condition afterwards, for the agent and the customer update
 */
public record RemoteFixResult(long subscriptionId, Outcome outcome, String action, String detail) {

    public enum Outcome {
        /** the fault was cleared from the network side; the line now tests ok */
        FIXED,
        /** nothing to do: the line already tests ok (also the answer to a repeated fix) */
        ALREADY_OK,
        /** the fault needs a visit or a device swap */
        NOT_REMOTELY_FIXABLE,
        /** the whole area is down; fixing this line would not help */
        AREA_OUTAGE,
        /** unknown or cancelled subscription: there is no line to work on */
        NO_LINE
    }

    /** True when the line tests ok after the call, whether this call fixed it or an earlier one did. */
    public boolean lineIsOk() {
        return outcome == Outcome.FIXED || outcome == Outcome.ALREADY_OK;
    }
}
