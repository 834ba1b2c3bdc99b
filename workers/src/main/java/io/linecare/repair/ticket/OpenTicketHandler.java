package io.linecare.repair.ticket;

import static io.linecare.repair.ticket.ReportFaultVariables.CUSTOMER_REFERENCE;
import static io.linecare.repair.ticket.ReportFaultVariables.DESCRIPTION;
import static io.linecare.repair.ticket.ReportFaultVariables.ERROR_INVALID_FAULT_REPORT;
import static io.linecare.repair.ticket.ReportFaultVariables.INTAKE_PROBLEM;
import static io.linecare.repair.ticket.ReportFaultVariables.LINE_NUMBER;
import static io.linecare.repair.ticket.ReportFaultVariables.REPORTED_BY;
import static io.linecare.repair.ticket.ReportFaultVariables.REPORT_LABEL;
import static io.linecare.repair.ticket.ReportFaultVariables.SEVERITY;
import static io.linecare.repair.ticket.ReportFaultVariables.TICKET_ID;
import static io.linecare.repair.ticket.ReportFaultVariables.TICKET_TYPE;
import static io.linecare.repair.ticket.ReportFaultVariables.WITHDRAW_REPORT;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.camunda.bpm.client.spring.annotation.ExternalTaskSubscription;
import org.springframework.stereotype.Component;

import io.linecare.platform.externaltask.BusinessOutcomeException;
import io.linecare.platform.externaltask.LinecareTaskHandler;
import io.linecare.platform.externaltask.TaskInput;
import io.linecare.platform.externaltask.Topics;
import io.linecare.platform.roles.ConditionalOnRole;
import io.linecare.platform.roles.Role;
import io.linecare.platform.tmf.TmfBadRequestException;

/**
 * {@code repair.open-ticket}: turns the phone-intake form into a ticket through the same
 * {@link TroubleTicketService} as {@code POST /tmf-api/troubleTicket/v4/troubleTicket}, so a phone
 * report is checked and starts fault-repair exactly like one from the API. Anything the agent can fix
 * (a missing or unknown value, an unknown customer, a line that is not the customer's) becomes
 * {@code Err_InvalidFaultReport} with every reason in {@code intakeProblem}; the agent corrects the
 * report and it comes back here.
 *
 * <p>Only on nodes with the engine: opening stores the ticket and starts fault-repair on the local
 * engine in one transaction. Worker-only nodes leave this topic to the engine nodes.
 */
@Component
@ConditionalOnRole(Role.ENGINE)
@ExternalTaskSubscription(Topics.REPAIR_OPEN_TICKET)
public class OpenTicketHandler extends LinecareTaskHandler {

    private final TroubleTicketService tickets;

    public OpenTicketHandler(TroubleTicketService tickets) {
        this.tickets = tickets;
    }

    @Override
    protected Map<String, Object> handle(TaskInput input) {
        String reportedBy = input.requireString(REPORTED_BY);
        Map<String, Object> form = input.allVariables();
        List<String> problems = new ArrayList<>();
        String customerReference = text(form, CUSTOMER_REFERENCE, "Customer reference", 100, problems);
        String lineNumber = text(form, LINE_NUMBER, "Affected line", 100, problems);
        Severity severity = code(form, SEVERITY, "Severity", Severity::fromCode, Severity.codes(), problems);
        TicketType ticketType = code(form, TICKET_TYPE, "Fault type", TicketType::fromCode, TicketType.codes(), problems);
        String description = text(form, DESCRIPTION, "Description", TroubleTicketRequests.DESCRIPTION_MAX, problems);
        if (!problems.isEmpty()) {
            throw invalid(problems, customerReference, lineNumber);
        }
        TicketDraft draft = new TicketDraft(TroubleTicketRequests.defaultName(description), description, severity,
                ticketType, IntakeChannel.PHONE, customerReference, lineNumber);
        try {
            // one ticket per report, however often the engine hands this task out
            String intakeKey = ReportFaultVariables.PROCESS_KEY + ":" + input.processInstanceId();
            return Map.of(TICKET_ID, tickets.openOnce(draft, reportedBy, intakeKey).id());
        } catch (TmfBadRequestException refused) {
            throw invalid(List.of(inFormTerms(refused.getMessage())), customerReference, lineNumber);
        }
    }

    /** The service speaks TMF621 ("relatedParty: ..."); the agent sees the form's labels instead. */
    static String inFormTerms(String apiMessage) {
        return apiMessage.replaceFirst("^relatedParty: ", "Customer reference: ")
                .replaceFirst("^relatedEntity: ", "Affected line: ");
    }

    private static BusinessOutcomeException invalid(List<String> problems, String customerReference, String lineNumber) {
        String reason = String.join("\n", problems);
        return new BusinessOutcomeException(ERROR_INVALID_FAULT_REPORT, reason, Map.of(
                INTAKE_PROBLEM, reason,
                REPORT_LABEL, (customerReference == null ? "no customer reference" : customerReference)
                        + ", " + (lineNumber == null ? "no line" : lineNumber),
                // the correction form sets it; starting each round at false lets the gateway read it
                // even when a correction is completed through the REST API without it
                WITHDRAW_REPORT, false));
    }

    private static String text(Map<String, Object> form, String name, String label, int max, List<String> problems) {
        Object value = form.get(name);
        if (value == null || (value instanceof String s && s.isBlank())) {
            problems.add(label + " is required");
            return null;
        }
        if (!(value instanceof String)) {
            problems.add(label + " must be text, not " + value.getClass().getSimpleName());
            return null;
        }
        String text = ((String) value).strip();
        if (text.length() > max) {
            problems.add(label + " is longer than " + max + " characters");
            return null;
        }
        return text;
    }

    private static <T> T code(Map<String, Object> form, String name, String label, Function<String, Optional<T>> parse,
                              String allowed, List<String> problems) {
        String value = text(form, name, label, 100, problems);
        if (value == null) {
            return null;
        }
        return parse.apply(value).orElseGet(() -> {
            problems.add(label + " '" + value + "' is not known; use " + allowed);
            return null;
        });
    }
}
