package io.linecare.grouping.handler;

import static io.linecare.grouping.ComplaintGroupVariables.*;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.client.spring.annotation.ExternalTaskSubscription;
import org.springframework.stereotype.Component;

import io.linecare.platform.externaltask.TaskInput;
import io.linecare.platform.externaltask.Topics;
import io.linecare.grouping.ClusterEvidence;
import io.linecare.grouping.ComplaintGroup;
import io.linecare.grouping.ComplaintGroupRepository;
import io.linecare.grouping.GroupEvaluation;
import io.linecare.grouping.GroupingProperties;
import io.linecare.grouping.IncidentNotices;
import io.linecare.grouping.UnknownGroupException;
import io.linecare.repair.handler.RepairFacts;

/**
 * {@code grouping.prepare-review}: marks the group a suspected incident, tells the customers on its
 * nodes that we are checking ({@link IncidentNotices#notifyCheck}, by the review's due time) and puts the
 * evidence on the analyst's form: tickets, access nodes, measurements, the threshold's reason and a
 * suggested cause.
 */
@Component
@ExternalTaskSubscription(Topics.GROUPING_PREPARE_REVIEW)
public class PrepareReviewHandler extends GroupStepHandler {

    private final ComplaintGroupRepository groups;
    private final ClusterEvidence evidence;
    private final GroupingProperties properties;
    private final IncidentNotices notices;
    private final Clock clock;

    public PrepareReviewHandler(ComplaintGroupRepository groups, ClusterEvidence evidence, GroupingProperties properties,
                                IncidentNotices notices, Clock clock) {
        this.groups = groups;
        this.evidence = evidence;
        this.properties = properties;
        this.notices = notices;
        this.clock = clock;
    }

    @Override
    protected Map<String, Object> handle(TaskInput input, String groupId) {
        Map<String, Object> threshold = input.requireMap(THRESHOLD);
        String reason = String.valueOf(threshold.getOrDefault("reason", "cluster-threshold"));
        ComplaintGroup group = groups.find(groupId).orElseThrow(() -> new UnknownGroupException(groupId));
        groups.markSuspected(groupId, reason, clock.instant());
        GroupEvaluation evaluation = new GroupEvaluation(input.requireInt(TICKETS_IN_WINDOW),
                number(input, SHARE_OF_LINES_PCT), input.requireBoolean(BIG_CLIENT_INVOLVED),
                number(input, DOWNLOAD_PCT_OF_MEDIAN), number(input, PACKET_LOSS_PCT));
        Map<String, Object> out = new HashMap<>();
        out.put(SUSPECTED_REASON, reason);
        ClusterEvidence.Evidence facts = evidence.gather(group, evaluation);
        out.put(TICKET_LIST, facts.ticketList());
        out.put(ACCESS_NODE_LIST, facts.accessNodeList());
        out.put(MEASUREMENT_TABLE, facts.measurementTable());
        out.put(SUSPECTED_CAUSE, facts.suggestedCause());
        Instant reviewDueAt = evidence.reviewDueAt(properties.reviewTime());
        notices.notifyCheck(groupId, reviewDueAt);
        out.put(REVIEW_DUE_AT, RepairFacts.date(reviewDueAt));
        out.put(REVIEW_PROBLEM, "");
        return out;
    }

    private static double number(TaskInput input, String name) {
        return input.optionalDecimal(name).map(BigDecimal::doubleValue).orElse(0.0);
    }
}
