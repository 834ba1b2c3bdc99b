package io.linecare.grouping.handler;

import static io.linecare.grouping.ComplaintGroupVariables.*;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.client.spring.annotation.ExternalTaskSubscription;
import org.springframework.stereotype.Component;

import io.linecare.platform.externaltask.TaskInput;
import io.linecare.platform.externaltask.Topics;
import io.linecare.grouping.IncidentReport;
import io.linecare.grouping.IncidentReports;

/** {@code grouping.write-report}: the post-incident report, once; shown on the incident's status page. */
@Component
@ExternalTaskSubscription(Topics.GROUPING_WRITE_REPORT)
public class WriteReportHandler extends GroupStepHandler {

    private final IncidentReports reports;

    public WriteReportHandler(IncidentReports reports) {
        this.reports = reports;
    }

    @Override
    protected Map<String, Object> handle(TaskInput input, String groupId) {
        IncidentReport report = reports.write(groupId);
        Map<String, Object> out = new HashMap<>();
        out.put("notifiedBeforeCallPct", report.notifiedBeforeCallPct().doubleValue());
        out.put("compensationTotal", report.compensationTotal().doubleValue());
        return out;
    }
}
