package io.linecare.grouping;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.linecare.communication.MessageType;
import io.linecare.communication.outbox.MessageRequest;
import io.linecare.communication.outbox.OutboxService;
import io.linecare.communication.outbox.UnknownRecipientException;
import io.linecare.network.Area;
import io.linecare.network.NetworkInventory;

/**
 * Outage messages to everyone on an incident's affected access nodes. Each message is keyed on the
 * incident, the customer and the estimate version (or "resolved"), so a repeated step, a ticket that
 * adds a node, or a new estimate queues exactly what was not queued yet. Before an analyst decides,
 * a suspected group's customers hear that we are checking ({@link #notifyCheck}); when it was no
 * incident, those hear the all-clear ({@link #notifyAllClear}).
 */
@Service
public class IncidentNotices {

    private static final Logger log = LoggerFactory.getLogger(IncidentNotices.class);

    /** How long a customer has to tell us the service is still down after we said it is back. */
    public static final Duration REPORT_BACK_TIME = Duration.ofHours(72);

    private final ComplaintGroupRepository groups;
    private final OutboxService outbox;
    private final NetworkInventory network;
    private final Clock clock;

    public IncidentNotices(ComplaintGroupRepository groups, OutboxService outbox, NetworkInventory network, Clock clock) {
        this.groups = groups;
        this.outbox = outbox;
        this.network = network;
        this.clock = clock;
    }

    /**
     * Adds the customers of any new affected node and sends the current estimate to every affected
     * customer who has not had it yet; urgent, so SMS reach them in quiet hours too. The outbox key
     * (incident, customer, estimate version) still makes a retried step queue nothing twice.
     *
     * @return the outbox rows written by this call
     */
    @Transactional
    public int notifyAffected(String groupId) {
        ComplaintGroup group = groups.find(groupId).orElseThrow(() -> new UnknownGroupException(groupId));
        if (group.state() != GroupState.CONFIRMED || group.estimateAt() == null) {
            throw new IllegalStateException(groupId + " is " + group.state().code() + ", not a confirmed incident");
        }
        groups.addAffectedCustomers(groupId, group.serviceType());
        Instant now = clock.instant();
        int written = 0;
        // only those not told this estimate yet: a held ticket's hourly look must not render thousands again
        for (long customerId : groups.customersToNotify(groupId, group.estimateVersion())) {
            Optional<Integer> queued = enqueue(new MessageRequest(groupId, customerId, MessageType.OUTAGE_NOTICE.templateName(),
                    "c" + customerId + "-v" + group.estimateVersion(), values(group, group.estimateAt()), true));
            if (queued.isPresent()) {
                written += queued.get();
                groups.markNotified(groupId, customerId, group.estimateVersion(), now);
            }
        }
        return written;
    }

    /**
     * The group is a suspected incident: everyone on its nodes hears that we are checking and by when we
     * tell them more, without waiting for the analyst (every minute before the first message is a customer
     * who calls in; the simulation in the README puts the gain at 3 to 4 points of customers told before
     * they call). Urgent, like the outage notice that may follow minutes later, so the two arrive in order.
     *
     * @param answerBy when the analyst's review is due: the promise of this message
     * @return the outbox rows written by this call
     */
    @Transactional
    public int notifyCheck(String groupId, Instant answerBy) {
        ComplaintGroup group = groups.find(groupId).orElseThrow(() -> new UnknownGroupException(groupId));
        groups.addAffectedCustomers(groupId, group.serviceType());
        Instant now = clock.instant();
        int written = 0;
        for (long customerId : groups.customersNotToldOfCheck(groupId)) {
            Optional<Integer> queued = enqueue(new MessageRequest(groupId, customerId,
                    MessageType.OUTAGE_SUSPECTED.templateName(), "c" + customerId, values(group, answerBy), true));
            if (queued.isPresent()) {
                written += queued.get();
                groups.markToldOfCheck(groupId, customerId, now);
            }
        }
        return written;
    }

    /** No incident after all (rejected or expired): those who heard we were checking hear what the check found. */
    @Transactional
    public int notifyAllClear(String groupId) {
        ComplaintGroup group = groups.find(groupId).orElseThrow(() -> new UnknownGroupException(groupId));
        if (group.state() != GroupState.REJECTED && group.state() != GroupState.EXPIRED) {
            throw new IllegalStateException(groupId + " is " + group.state().code() + ": no all-clear for it");
        }
        Map<String, Object> values = new HashMap<>();
        values.put("areaName", areaName(group.areaId()));
        values.put("checkedAt", group.closedAt() != null ? group.closedAt() : clock.instant());
        int written = 0;
        for (long customerId : groups.customersToldOfCheck(groupId)) {
            written += enqueue(new MessageRequest(groupId, customerId, MessageType.OUTAGE_ALL_CLEAR.templateName(),
                    "c" + customerId, values, false)).orElse(0);
        }
        return written;
    }

    /** Tells every affected customer the service is back and until when they can say it is not. */
    @Transactional
    public int notifyResolved(String groupId) {
        ComplaintGroup group = groups.find(groupId).orElseThrow(() -> new UnknownGroupException(groupId));
        Instant reportBackBy = group.resolvedAt().plus(REPORT_BACK_TIME);
        int written = 0;
        for (long customerId : groups.affectedCustomers(groupId)) {
            written += enqueue(new MessageRequest(groupId, customerId, MessageType.OUTAGE_RESOLVED.templateName(),
                    "c" + customerId, values(group, reportBackBy), false)).orElse(0);
        }
        return written;
    }

    /**
     * One customer without a usable email or mobile number must not stop the notices of everyone else on
     * the nodes (nor, for the check, the analyst's review behind it): logged and skipped, as retrying cannot help.
     *
     * @return the outbox rows written; empty when the customer cannot be reached (so not marked as told)
     */
    private Optional<Integer> enqueue(MessageRequest request) {
        try {
            return Optional.of(outbox.enqueue(request));
        } catch (UnknownRecipientException unreachable) {
            log.warn("{} for {} not queued for customer {}: {}", request.messageType(), request.caseReference(),
                    request.customerId(), unreachable.getMessage());
            return Optional.empty();
        }
    }

    private Map<String, Object> values(ComplaintGroup group, Instant promisedAt) {
        Map<String, Object> values = new HashMap<>();
        values.put("areaName", areaName(group.areaId()));
        values.put("promisedAt", promisedAt);
        return values;
    }

    public String areaName(String areaId) {
        return network.area(areaId).map(Area::label).orElse(areaId);
    }
}
