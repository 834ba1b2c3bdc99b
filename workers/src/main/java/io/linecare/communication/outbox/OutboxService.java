package io.linecare.communication.outbox;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.linecare.communication.MessageType;
import io.linecare.communication.sms.SmsTextPolicy;
import io.linecare.communication.status.StatusLinks;
import io.linecare.communication.template.MessageRenderer;
import io.linecare.communication.template.RenderedMessage;
import io.linecare.customer.Customer;
import io.linecare.customer.CustomerDirectory;

/**
 * Puts a message for a customer into the outbox, rendered in their language for each channel they
 * chose, in the caller's transaction. Rendering happens before anything is written, so a broken
 * template or a missing value writes nothing; the idempotency key makes a repeated request a no-op.
 */
@Service
public class OutboxService {

    private static final Logger log = LoggerFactory.getLogger(OutboxService.class);

    private final CustomerDirectory customers;
    private final MessageRenderer renderer;
    private final SmsTextPolicy smsTextPolicy;
    private final StatusLinks statusLinks;
    private final OutboxRepository outbox;
    private final Clock clock;

    public OutboxService(CustomerDirectory customers, MessageRenderer renderer, SmsTextPolicy smsTextPolicy,
                         StatusLinks statusLinks, OutboxRepository outbox, Clock clock) {
        this.customers = customers;
        this.renderer = renderer;
        this.smsTextPolicy = smsTextPolicy;
        this.statusLinks = statusLinks;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** @return how many new outbox rows were written (0 when the request was already queued) */
    @Transactional
    public int enqueue(MessageRequest request) {
        Customer customer = customers.findById(request.customerId())
                .orElseThrow(() -> new UnknownRecipientException("No customer with id " + request.customerId()));
        MessageType type = MessageType.fromTemplateName(request.messageType());
        Locale locale = MessageRenderer.supportedLocale(customer.locale());
        ZoneId zone = customer.timeZone();
        String statusUrl = statusLinks.urlFor(request.caseReference());
        Map<String, Object> model = MessageModelAssembler.assemble(type, locale, zone, customer.fullName(),
                request.caseReference(), statusUrl, request.values());
        RenderedMessage rendered = renderer.render(type, locale, model);

        Instant now = clock.instant();
        List<NewOutboxMessage> messages = messagesFor(request, customer, rendered, statusUrl, now);
        int written = 0;
        for (NewOutboxMessage message : messages) {
            if (outbox.insertIfAbsent(message)) {
                written++;
            }
        }
        log.info("Queued {} for {} ({} new of {} channels)", type.templateName(), request.caseReference(), written,
                messages.size());
        return written;
    }

    private List<NewOutboxMessage> messagesFor(MessageRequest request, Customer customer, RenderedMessage rendered,
                                               String statusUrl, Instant now) {
        List<NewOutboxMessage> messages = new ArrayList<>();
        String locale = rendered.locale().toLanguageTag();
        for (Channel channel : channelsOf(customer)) {
            if (channel == Channel.EMAIL) {
                messages.add(new NewOutboxMessage(request.idempotencyKey(channel), request.caseReference(),
                        customer.id(), customer.reference(), request.messageType(), channel, locale, request.urgent(), customer.email(),
                        rendered.emailSubject(), rendered.emailText(), rendered.emailHtml(), now));
            } else {
                Instant notBefore = request.urgent() ? now
                        : customer.quietHoursIfAny().map(quiet -> quiet.earliestDelivery(now, customer.timeZone()))
                                .orElse(now);
                messages.add(new NewOutboxMessage(request.idempotencyKey(channel), request.caseReference(),
                        customer.id(), customer.reference(), request.messageType(), channel, locale, request.urgent(), customer.mobile(),
                        null, smsTextPolicy.apply(rendered.type(), rendered.smsText(), statusUrl), null, notBefore));
            }
        }
        return messages;
    }

    private static List<Channel> channelsOf(Customer customer) {
        List<Channel> channels = new ArrayList<>();
        if (customer.channelPreference().wantsEmail() && customer.email() != null) {
            channels.add(Channel.EMAIL);
        }
        if (customer.channelPreference().wantsSms() && customer.mobile() != null) {
            channels.add(Channel.SMS);
        }
        if (channels.isEmpty()) {
            throw new UnknownRecipientException("Customer " + customer.id() + " has no usable email or mobile number");
        }
        return channels;
    }
}
