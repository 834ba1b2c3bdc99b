package io.linecare.repair.ticket;

/** The fault-repair process cannot be started (not deployed on this engine); no ticket is kept. */
public class FaultRepairUnavailableException extends RuntimeException {

    public FaultRepairUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
