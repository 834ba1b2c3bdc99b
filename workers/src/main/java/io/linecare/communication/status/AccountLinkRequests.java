package io.linecare.communication.status;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import io.linecare.communication.MessageType;
import io.linecare.communication.outbox.MessageRequest;
import io.linecare.communication.outbox.OutboxService;
import io.linecare.customer.Customer;
import io.linecare.customer.CustomerDirectory;

/**
 * "Send me a link to my account", asked on a case page. The account page can dispute bills and cancel
 * lines, so its link goes only to the email address and mobile number we hold for the case's customer and
 * never onto the case page itself: whoever holds a forwarded case link (an SMS passed on, a shared screen)
 * sees that case, not the customer's bills, and cannot cancel their line. Sent at once, also in quiet hours
 * (the customer is waiting for it); asking again within the same ten minutes sends nothing more, because the
 * outbox key carries the ten-minute slot.
 */
@Component
public class AccountLinkRequests {

    static final Duration SLOT = Duration.ofMinutes(10);

    private static final Logger log = LoggerFactory.getLogger(AccountLinkRequests.class);

    private final CustomerDirectory customers;
    private final AccountLinks accountLinks;
    private final OutboxService outbox;
    private final Clock clock;

    public AccountLinkRequests(CustomerDirectory customers, AccountLinks accountLinks, OutboxService outbox, Clock clock) {
        this.customers = customers;
        this.accountLinks = accountLinks;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * @return true when a message was queued, false when one already went out in this ten-minute slot
     * @throws IllegalArgumentException for a customer reference the CRM does not know
     */
    public boolean send(String caseReference, String customerReference) {
        Customer customer = customers.findByReference(customerReference)
                .orElseThrow(() -> new IllegalArgumentException("No customer " + customerReference + " for " + caseReference));
        AccountLinks.AccountLink link = accountLinks.linkFor(customer.reference(), customer.locale());
        long slot = clock.instant().getEpochSecond() / SLOT.toSeconds();
        int queued = outbox.enqueue(new MessageRequest(caseReference, customer.id(), MessageType.ACCOUNT_LINK.templateName(),
                "slot-" + slot, Map.of("accountUrl", link.url(), "accountLinkExpiresAt", link.expiresAt()), true));
        log.info("Status page: account link for {} asked on {} ({})", customer.reference(), caseReference,
                queued > 0 ? "sent" : "already sent in this slot");
        return queued > 0;
    }
}
