package io.linecare.workforce;

/**
 * The window of a slot can no longer be booked for the case: another case holds it, it is outside the
 * technician's shifts now, the technician is no longer active (or unknown), or it has already begun.
 * A business outcome, not a fault: the caller offers new slots (in the process, {@code Err_SlotTaken}).
 * Unchecked so it passes through Spring's transaction proxies and rolls back a surrounding transaction.
 */
public class SlotTakenException extends RuntimeException {

    public enum Reason {
        /** another case holds a confirmed booking of the window */
        TAKEN,
        /** no shift of the technician covers the whole window */
        OUTSIDE_SHIFT,
        /** the technician is inactive or unknown */
        TECHNICIAN_UNAVAILABLE,
        /** the window has already started */
        STARTED
    }

    private final String slotId;
    private final Reason reason;

    public SlotTakenException(String slotId, Reason reason, String message) {
        super(message);
        this.slotId = slotId;
        this.reason = reason;
    }

    public String slotId() {
        return slotId;
    }

    public Reason reason() {
        return reason;
    }
}
