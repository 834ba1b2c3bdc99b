package io.linecare.network;

/**
 * The answer of a remote line test.
 *
 * @param remotelyFixable a port reset or re-provisioning is expected to clear the fault, so no
 *                        visit is needed yet
 * @param detail          what the test saw, for the agent and the customer update
 */
public record LineTestResult(long subscriptionId, LineStatus status, boolean remotelyFixable, String detail) {

    public boolean isOk() {
        return status == LineStatus.OK;
    }
}
