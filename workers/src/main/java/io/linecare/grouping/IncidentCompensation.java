package io.linecare.grouping;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.linecare.billing.CreditRequest;
import io.linecare.billing.CreditResult;
import io.linecare.billing.CreditService;
import io.linecare.communication.MessageType;
import io.linecare.communication.outbox.MessageRequest;
import io.linecare.communication.outbox.OutboxService;
import io.linecare.grouping.ComplaintGroupRepository.Segment;

/**
 * Proactive compensation after an incident: every affected customer of one segment (tier and big
 * client) gets the credit compensation-policy decided for them, once (key incident + customer), and a
 * message that names it. Nobody has to ask.
 */
@Service
public class IncidentCompensation {

    private final ComplaintGroupRepository groups;
    private final CreditService credits;
    private final OutboxService outbox;
    private final IncidentNotices notices;

    public IncidentCompensation(ComplaintGroupRepository groups, CreditService credits, OutboxService outbox,
                                IncidentNotices notices) {
        this.groups = groups;
        this.credits = credits;
        this.outbox = outbox;
        this.notices = notices;
    }

    /**
     * @param restoreHours the segment's repair promise (sla-policy); the outage ran over it when it
     *                     lasted longer
     * @return the customers credited (by this call or an earlier one)
     */
    @Transactional
    public int compensate(String groupId, Segment segment, String creditType, BigDecimal amount, int freeDays,
                          int restoreHours) {
        ComplaintGroup group = groups.find(groupId).orElseThrow(() -> new UnknownGroupException(groupId));
        if (group.resolvedAt() == null) {
            throw new IllegalStateException(groupId + " is not resolved yet; compensation follows the restoration");
        }
        if ("none".equals(creditType)) {
            return 0;
        }
        Instant missedPromise = group.openedAt().plus(Duration.ofHours(restoreHours));
        double hours = Duration.between(group.openedAt(), group.resolvedAt()).toMinutes() / 60.0;
        String reason = String.format("Outage %s lasted %.1f h, longer than the %d h repair promise", groupId, hours,
                restoreHours);
        int credited = 0;
        for (long customerId : groups.customersOfSegment(groupId, segment)) {
            CreditResult result = credits.applyCredit(new CreditRequest(customerId, groupId,
                    groupId + ":outage-compensation:" + customerId, creditType, amount, freeDays, reason));
            if (result.outcome() == CreditResult.Outcome.NOTHING_TO_CREDIT) {
                continue;
            }
            groups.markCompensated(groupId, customerId);
            outbox.enqueue(new MessageRequest(groupId, customerId, MessageType.OUTAGE_COMPENSATION.templateName(),
                    "c" + customerId, Map.of("areaName", notices.areaName(group.areaId()), "missedPromise", missedPromise,
                            "restoredAt", group.resolvedAt(), "creditAmount", result.amount()), false));
            credited++;
        }
        return credited;
    }
}
