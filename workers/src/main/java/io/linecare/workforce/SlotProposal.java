package io.linecare.workforce;

import java.time.Instant;
import java.util.List;

/**
 * What {@link AppointmentScheduler#proposeSlots} found.
 *
 * @param offers           free windows, earliest first, each at a different start time; empty when no
 *                         technician has a free window in the look-ahead
 * @param promiseKept      whether at least one offer ends by the promised time, so the customer can
 *                         still be visited within the promise; false for an empty proposal
 * @param earliestPossible the end of the earliest free window, i.e. the earliest time the visit can be
 *                         done and the earliest honest new promise; null for an empty proposal.
 *                         {@code promiseKept == !earliestPossible.isAfter(promisedBy)}
 */
public record SlotProposal(List<SlotOffer> offers, boolean promiseKept, Instant earliestPossible) {

    public SlotProposal {
        offers = List.copyOf(offers);
    }

    public static SlotProposal none() {
        return new SlotProposal(List.of(), false, null);
    }

    public boolean isEmpty() {
        return offers.isEmpty();
    }
}
