package io.linecare.communication.status;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.linecare.customer.Customer;

/**
 * What the account page knows about one customer, before it is put into words: the active lines,
 * the bills that may still be disputed, and the cases still open.
 */
record Account(Customer customer, List<Line> lines, List<AccountBill> bills, List<OpenCase> openCases) {

    Optional<AccountBill> bill(String reference) {
        return bills.stream().filter(b -> b.reference().equals(reference)).findFirst();
    }

    Optional<Line> line(String lineNumber) {
        return lines.stream().filter(l -> l.lineNumber().equals(lineNumber)).findFirst();
    }

    /**
     * An active line.
     *
     * @param cancellation the cancellation under way on it, if any
     */
    record Line(long subscriptionId, String lineNumber, String serviceType, String planName, LocalDate since,
                OpenCase cancellation) {
    }

    /** A bill issued within the dispute window, its lines in bill order and the money on hold. */
    record AccountBill(long id, String reference, LocalDate periodStart, LocalDate periodEnd, LocalDate issuedOn,
                       LocalDate dueOn, BigDecimal total, String state, List<AccountBillLine> lines, List<Hold> holds) {

        Optional<AccountBillLine> line(long id) {
            return lines.stream().filter(l -> l.id() == id).findFirst();
        }

        boolean disputable() {
            return lines.stream().anyMatch(AccountBillLine::disputable);
        }
    }

    /** @param openDispute the open dispute naming this line, or null */
    record AccountBillLine(long id, String lineNumber, String kind, String description, BigDecimal amount, boolean onHold,
                           String openDispute) {

        boolean disputable() {
            return !"credit".equals(kind) && openDispute == null && amount.signum() > 0;
        }
    }

    record Hold(String disputeReference, BigDecimal amount) {
    }

    /**
     * A case of the customer that is not finished.
     *
     * @param kind   fault, dispute or cancellation
     * @param status the case's own status code (ticket status, dispute status, cancellation status)
     * @param detail fault: the ticket's title; dispute: the bill reference; cancellation: the line number
     * @param amount dispute: the disputed amount; otherwise null
     * @param date   dispute: the promised decision; cancellation: when the service ends; fault: null
     */
    record OpenCase(String kind, String reference, String status, String detail, BigDecimal amount, Instant date) {

        static final String FAULT = "fault";
        static final String DISPUTE = "dispute";
        static final String CANCELLATION = "cancellation";
    }
}
