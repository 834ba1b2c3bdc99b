package io.linecare.dispute;

import java.util.List;

import io.linecare.repair.ticket.IntakeChannel;

/**
 * A dispute as received, checked for shape but not yet against the customer's bills.
 *
 * @param lines the disputed lines; an amount of null disputes the whole line
 */
public record DisputeDraft(String customerReference, String billReference, List<DisputeLine> lines, String reason,
        IntakeChannel channel) {
}
