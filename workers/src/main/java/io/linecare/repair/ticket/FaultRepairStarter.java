package io.linecare.repair.ticket;

/**
 * Starts the fault-repair process for a ticket that was just stored. Called inside the
 * transaction that stored the ticket: if starting fails, the ticket is not kept either.
 */
public interface FaultRepairStarter {

    /** @param incidentReference the confirmed incident the ticket joins at intake, or null */
    void start(Ticket ticket, String incidentReference);
}
