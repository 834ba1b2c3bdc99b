package io.linecare.grouping.handler;

import static io.linecare.grouping.ComplaintGroupVariables.*;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.client.spring.annotation.ExternalTaskSubscription;
import org.springframework.stereotype.Component;

import io.linecare.platform.externaltask.TaskInput;
import io.linecare.platform.externaltask.Topics;
import io.linecare.grouping.ComplaintGroup;
import io.linecare.grouping.ComplaintGroupRepository;
import io.linecare.grouping.GroupEvaluation;
import io.linecare.grouping.GroupEvaluator;
import io.linecare.grouping.UnknownGroupException;

/** {@code grouping.evaluate-group}: counts the group for cluster-threshold.dmn. */
@Component
@ExternalTaskSubscription(Topics.GROUPING_EVALUATE_GROUP)
public class EvaluateGroupHandler extends GroupStepHandler {

    private final ComplaintGroupRepository groups;
    private final GroupEvaluator evaluator;

    public EvaluateGroupHandler(ComplaintGroupRepository groups, GroupEvaluator evaluator) {
        this.groups = groups;
        this.evaluator = evaluator;
    }

    @Override
    protected Map<String, Object> handle(TaskInput input, String groupId) {
        ComplaintGroup group = groups.find(groupId).orElseThrow(() -> new UnknownGroupException(groupId));
        GroupEvaluation evaluation = evaluator.evaluate(group);
        Map<String, Object> out = new HashMap<>();
        out.put(TICKETS_IN_WINDOW, evaluation.ticketsInWindow());
        out.put(SHARE_OF_LINES_PCT, evaluation.shareOfLinesPct());
        out.put(BIG_CLIENT_INVOLVED, evaluation.bigClientInvolved());
        out.put(DOWNLOAD_PCT_OF_MEDIAN, evaluation.downloadPctOfMedian());
        out.put(PACKET_LOSS_PCT, evaluation.packetLossPct());
        return out;
    }
}
