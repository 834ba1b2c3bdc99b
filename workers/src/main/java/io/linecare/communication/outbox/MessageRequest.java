package io.linecare.communication.outbox;

import java.util.Map;
import java.util.Objects;

/**
 * "Tell this customer this about this case": what a process or a handler asks of communications.
 *
 * @param purpose distinguishes two messages of one type on one case (e.g. the first and the revised
 *                running-late notice); with case reference, type and channel it forms the idempotency key
 * @param values  the message-specific values (dates as Instant or ISO-8601, amounts as numbers);
 *                customer name, case reference and status link are added here, never by the caller
 * @param urgent  may reach the customer in quiet hours (outage notices)
 */
public record MessageRequest(String caseReference, long customerId, String messageType, String purpose,
                             Map<String, Object> values, boolean urgent) {

    public MessageRequest {
        Objects.requireNonNull(caseReference, "caseReference");
        Objects.requireNonNull(messageType, "messageType");
        purpose = purpose == null || purpose.isBlank() ? "main" : purpose;
        values = values == null ? Map.of() : values;
    }

    String idempotencyKey(Channel channel) {
        return caseReference + ":" + messageType + ":" + purpose + ":" + channel.key();
    }
}
