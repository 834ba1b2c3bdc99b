package io.linecare.communication.api;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.linecare.communication.outbox.Channel;
import io.linecare.communication.outbox.MessageFilter;
import io.linecare.communication.outbox.MessageState;
import io.linecare.communication.outbox.OutboxMessage;
import io.linecare.communication.outbox.OutboxRepository;
import io.linecare.platform.tmf.TmfBadRequestException;
import io.linecare.platform.tmf.TmfFields;
import io.linecare.platform.tmf.TmfNotFoundException;
import io.linecare.platform.tmf.TmfPage;

/** TMF681: what Linecare told which customer about which case, and whether it arrived. */
@RestController
@RequestMapping(CommunicationMessageController.BASE)
public class CommunicationMessageController {

    static final String BASE = "/tmf-api/communicationManagement/v4/communicationMessage";

    private final OutboxRepository outbox;
    private final TmfFields fields;

    public CommunicationMessageController(OutboxRepository outbox, TmfFields fields) {
        this.outbox = outbox;
        this.fields = fields;
    }

    @GetMapping
    public ResponseEntity<List<Object>> list(
            @RequestParam(name = "relatedParty.id", required = false) String customerReference,
            @RequestParam(name = "caseReference", required = false) String caseReference,
            @RequestParam(name = "messageType", required = false) String messageType,
            @RequestParam(name = "state", required = false) String state,
            @RequestParam(name = "fields", required = false) String selectedFields,
            @RequestParam(name = "offset", required = false) Integer offset,
            @RequestParam(name = "limit", required = false) Integer limit) {
        TmfPage page = TmfPage.of(offset, limit);
        MessageFilter filter = new MessageFilter(blankToNull(customerReference), blankToNull(caseReference),
                parseChannel(messageType), parseState(state));
        List<CommunicationMessageResource> items = outbox.search(filter, page.offset(), page.limit()).stream()
                .map(CommunicationMessageController::toResource)
                .toList();
        return page.respond(fields.selectAll(items, selectedFields), outbox.count(filter));
    }

    @GetMapping("/{id}")
    public Object get(@PathVariable String id, @RequestParam(name = "fields", required = false) String selectedFields) {
        long messageId;
        try {
            messageId = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new TmfNotFoundException("No communication message " + id);
        }
        return fields.select(outbox.find(messageId).map(CommunicationMessageController::toResource)
                .orElseThrow(() -> new TmfNotFoundException("No communication message " + id)), selectedFields);
    }

    static CommunicationMessageResource toResource(OutboxMessage message) {
        String partyId = message.customerReference();
        CommunicationMessageResource.RelatedParty party =
                new CommunicationMessageResource.RelatedParty(partyId, "customer", "Customer");
        CommunicationMessageResource.Receiver receiver = message.channel() == Channel.EMAIL
                ? new CommunicationMessageResource.Receiver(partyId, message.receiver(), null, party)
                : new CommunicationMessageResource.Receiver(partyId, null, message.receiver(), party);
        List<CommunicationMessageResource.Characteristic> characteristics = new ArrayList<>();
        characteristics.add(new CommunicationMessageResource.Characteristic("caseReference", message.caseReference()));
        characteristics.add(new CommunicationMessageResource.Characteristic("template", message.messageType()));
        characteristics.add(new CommunicationMessageResource.Characteristic("locale", message.locale()));
        if (message.lastError() != null) {
            characteristics.add(new CommunicationMessageResource.Characteristic("lastError", message.lastError()));
        }
        return new CommunicationMessageResource(
                String.valueOf(message.id()),
                BASE + "/" + message.id(),
                message.channel().key(),
                message.subject(),
                message.textBody(),
                message.state().name(),
                message.urgent() ? "0" : "1",
                message.attempts(),
                offset(message.nextAttemptAt()),
                offset(message.sentAt()),
                List.of(receiver),
                new CommunicationMessageResource.Sender("linecare", "Linecare"),
                characteristics,
                "CommunicationMessage");
    }

    private static OffsetDateTime offset(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Channel parseChannel(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Channel.fromKey(value.trim());
        } catch (IllegalArgumentException e) {
            throw new TmfBadRequestException("invalidParameter", "messageType must be email or sms");
        }
    }

    private static MessageState parseState(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return MessageState.valueOf(value.trim());
        } catch (IllegalArgumentException e) {
            throw new TmfBadRequestException("invalidParameter",
                    "state must be one of initial, inProgress, completed, failed, cancelled");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
