package io.linecare.communication.status;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.linecare.communication.status.CaseStatus.Kind;
import io.linecare.communication.status.CaseStatus.Stage;
import io.linecare.communication.status.CaseStatus.TimelineEvent;
import io.linecare.communication.status.StatusAction.WaitingAction;
import io.linecare.platform.roles.ConditionalOnRole;
import io.linecare.platform.roles.Role;

/**
 * Reads a case for the status page from the engine's history (all process instances with the case
 * reference as business key) and from Linecare's communication tables. Java API calls made without
 * an authenticated engine user are not subject to Camunda authorization, which is what the page needs:
 * the signed link is the credential.
 */
@Component
@ConditionalOnRole(Role.WEB)
public class CaseStatusReader {

    static final String PROMISED_AT = "promisedAt";
    static final String PROMISE_PAUSED = "promisePaused";
    /** The variable every Linecare process keeps the customer's reference in. */
    static final String CUSTOMER_REFERENCE = "customerReference";
    private static final int MAX_STEPS_PER_INSTANCE = 500;
    private static final int MAX_ROWS = 500;

    private final HistoryService historyService;
    private final StatusActions actions;
    private final JdbcClient jdbc;

    public CaseStatusReader(HistoryService historyService, StatusActions actions, JdbcClient jdbc) {
        this.historyService = historyService;
        this.actions = actions;
        this.jdbc = jdbc;
    }

    /** Empty when nothing at all is known about the case (the page then answers 404 like a bad link). */
    Optional<CaseStatus> read(String caseReference) {
        List<HistoricProcessInstance> instances = new ArrayList<>(historyService.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(caseReference).list());
        List<TimelineEvent> messages = messages(caseReference);
        if (instances.isEmpty() && messages.isEmpty()) {
            return Optional.empty();
        }
        // running instances first, then the newest: they hold the current promise
        instances.sort(Comparator.comparing((HistoricProcessInstance i) -> i.getEndTime() != null)
                .thenComparing(HistoricProcessInstance::getStartTime, Comparator.reverseOrder()));

        List<TimelineEvent> timeline = new ArrayList<>(messages);
        String currentStep = null;
        Instant currentStepSince = null;
        for (HistoricProcessInstance instance : instances) {
            for (HistoricActivityInstance activity : historyService.createHistoricActivityInstanceQuery()
                    .processInstanceId(instance.getId()).orderByHistoricActivityInstanceStartTime().asc()
                    .listPage(0, MAX_STEPS_PER_INSTANCE)) {
                if (!shown(activity)) {
                    continue;
                }
                TimelineEvent step = step(activity);
                timeline.add(step);
                if (activity.getEndTime() == null && (currentStepSince == null || step.at().isAfter(currentStepSince))) {
                    currentStep = activity.getActivityName();
                    currentStepSince = step.at();
                }
            }
        }
        timeline.addAll(customerActions(caseReference));
        timeline.sort(Comparator.comparing(TimelineEvent::at).reversed());

        List<WaitingAction> open = actions.waiting(caseReference);
        boolean running = instances.stream().anyMatch(i -> i.getEndTime() == null);
        Stage stage = !open.isEmpty() ? Stage.WAITING_FOR_YOU : running ? Stage.IN_PROGRESS : Stage.CLOSED;

        Object promisedAt = null;
        boolean paused = false;
        for (HistoricProcessInstance instance : instances) {
            Object value = variable(instance.getId(), PROMISED_AT);
            if (value != null) {
                promisedAt = value;
                Object pausedValue = variable(instance.getId(), PROMISE_PAUSED);
                paused = Boolean.TRUE.equals(pausedValue) || "true".equalsIgnoreCase(String.valueOf(pausedValue));
                break;
            }
        }
        String customerReference = null;
        for (HistoricProcessInstance instance : instances) {
            if (variable(instance.getId(), CUSTOMER_REFERENCE) instanceof String value) {
                customerReference = value;
                break;
            }
        }
        return Optional.of(new CaseStatus(caseReference, stage, stage == Stage.CLOSED ? null : currentStep,
                stage == Stage.CLOSED ? null : promisedAt, stage != Stage.CLOSED && paused, timeline, open,
                customerReference));
    }

    /** The language of the latest message we sent about the case, if any. */
    Optional<Locale> latestMessageLocale(String caseReference) {
        return jdbc.sql("select locale from linecare.communication_message where case_reference = ?"
                        + " order by created_at desc, id desc limit 1")
                .param(caseReference).query(String.class).optional()
                .map(Locale::forLanguageTag);
    }

    void recordAction(String caseReference, String action, String detail) {
        jdbc.sql("insert into linecare.status_page_action (case_reference, action, detail) values (?, ?, ?)")
                .params(caseReference, action, detail).update();
    }

    private static boolean shown(HistoricActivityInstance activity) {
        String type = activity.getActivityType();
        String name = activity.getActivityName();
        return name != null && !name.isBlank() && type != null
                && !type.endsWith("Gateway") && !type.equals("multiInstanceBody");
    }

    private static TimelineEvent step(HistoricActivityInstance activity) {
        String type = activity.getActivityType();
        boolean event = type.endsWith("Event") || type.startsWith("intermediate") || type.startsWith("boundary");
        Date end = activity.getEndTime();
        String code;
        if (end == null) {
            code = "open";
        } else if (activity.isCanceled()) {
            code = "cancelled";
        } else {
            code = event ? "event" : "done";
        }
        Instant at = (end != null ? end : activity.getStartTime()).toInstant();
        return new TimelineEvent(at, Kind.STEP, code, activity.getActivityName(), null);
    }

    private Object variable(String processInstanceId, String name) {
        List<HistoricVariableInstance> values = historyService.createHistoricVariableInstanceQuery()
                .processInstanceId(processInstanceId).variableName(name).list();
        // a process-level value wins over one left in a sub-scope
        return values.stream()
                .sorted(Comparator.comparing((HistoricVariableInstance v) -> !processInstanceId.equals(v.getActivityInstanceId())))
                .map(HistoricVariableInstance::getValue)
                .filter(v -> v != null)
                .findFirst().orElse(null);
    }

    /** Sent messages only; the receiver address is never read. */
    private List<TimelineEvent> messages(String caseReference) {
        return jdbc.sql("select message_type, channel, subject, coalesce(sent_at, created_at) as at"
                        + " from linecare.communication_message where case_reference = ? and state = 'completed'"
                        + " order by at desc limit " + MAX_ROWS)
                .param(caseReference)
                .query((rs, row) -> new TimelineEvent(rs.getObject("at", OffsetDateTime.class).toInstant(), Kind.MESSAGE,
                        rs.getString("channel"), rs.getString("message_type"), rs.getString("subject")))
                .list();
    }

    private List<TimelineEvent> customerActions(String caseReference) {
        return jdbc.sql("select action, detail, acted_at from linecare.status_page_action where case_reference = ?"
                        + " order by acted_at desc limit " + MAX_ROWS)
                .param(caseReference)
                .query((rs, row) -> new TimelineEvent(rs.getObject("acted_at", OffsetDateTime.class).toInstant(), Kind.ACTION,
                        rs.getString("action"), null, rs.getString("detail")))
                .list();
    }
}
