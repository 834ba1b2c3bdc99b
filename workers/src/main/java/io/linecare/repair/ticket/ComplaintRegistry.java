package io.linecare.repair.ticket;

import java.util.Optional;

/**
 * Every new fault ticket is published to complaint-group analysis at intake, in the transaction that
 * stores it: the ticket joins the open group of its area and service type (the first ticket opens
 * one). Implemented by io.linecare.grouping.
 */
public interface ComplaintRegistry {

    /**
     * @param accessNodeId the access node the ticket's line hangs off
     * @return the reference of the confirmed incident the ticket joins (no line test, no visit of its
     *         own), or empty when its group is not (yet) an incident
     */
    Optional<String> register(Ticket ticket, String accessNodeId);
}
