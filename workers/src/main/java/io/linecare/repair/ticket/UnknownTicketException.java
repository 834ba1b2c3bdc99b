package io.linecare.repair.ticket;

/** No trouble ticket has this id. */
public class UnknownTicketException extends RuntimeException {

    public UnknownTicketException(String ticketId) {
        super("No trouble ticket " + ticketId);
    }
}
