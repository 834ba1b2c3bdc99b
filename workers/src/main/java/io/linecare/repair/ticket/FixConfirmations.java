package io.linecare.repair.ticket;

/** Passes a customer's answer to "is it fixed?", given to an agent, to the ticket's fault-repair flow. */
public interface FixConfirmations {

    /**
     * @param comment what the customer said, or null
     * @throws io.linecare.platform.tmf.TmfBadRequestException when the flow is not waiting for the answer
     */
    void record(String ticketId, boolean fixWorked, String comment);
}
