package io.linecare.repair.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import io.linecare.customer.ServiceType;
import io.linecare.platform.tmf.TmfBadRequestException;

class OpenTicketHandlerTest {

    private final TroubleTicketService tickets = mock(TroubleTicketService.class);
    private final OpenTicketHandler handler = new OpenTicketHandler(tickets);
    private final ExternalTask task = mock(ExternalTask.class);
    private final ExternalTaskService engine = mock(ExternalTaskService.class);
    private final Map<String, Object> variables = new HashMap<>();

    @BeforeEach
    void aPhoneReport() {
        when(task.getTopicName()).thenReturn("repair.open-ticket");
        when(task.getActivityId()).thenReturn("Task_OpenTicket");
        when(task.getProcessInstanceId()).thenReturn("report-instance-1");
        variables.put("reportedBy", "wang.fang");
        variables.put("customerReference", " CU-000001 ");
        variables.put("lineNumber", "BB-0571-000101");
        variables.put("severity", "major");
        variables.put("ticketType", "connectivity");
        variables.put("description", "No internet since this morning\nRouter light is red");
        when(task.getAllVariables()).thenAnswer(invocation -> variables);
        when(task.getVariable(anyString())).thenAnswer(invocation -> variables.get(invocation.<String>getArgument(0)));
    }

    @Test
    void aValidReportOpensAPhoneTicketAsTheAgentAndOutputsItsReference() {
        when(tickets.openOnce(any(), eq("wang.fang"), eq("report-fault:report-instance-1")))
                .thenReturn(ticket("FR-2026-000042"));

        handler.execute(task, engine);

        ArgumentCaptor<TicketDraft> draft = ArgumentCaptor.forClass(TicketDraft.class);
        // the report's instance is the intake key: a second delivery of this task finds the same ticket
        verify(tickets).openOnce(draft.capture(), eq("wang.fang"), eq("report-fault:report-instance-1"));
        assertThat(draft.getValue()).isEqualTo(new TicketDraft("No internet since this morning",
                "No internet since this morning\nRouter light is red", Severity.MAJOR, TicketType.CONNECTIVITY,
                IntakeChannel.PHONE, "CU-000001", "BB-0571-000101"));
        verify(engine).complete(task, Map.of("ticketId", "FR-2026-000042"));
    }

    @Test
    void everyBadValueIsNamedInOneBpmnErrorAndNoTicketIsTried() {
        variables.put("severity", "urgent");
        variables.remove("ticketType");
        variables.put("description", "   ");
        variables.put("lineNumber", 101L);

        handler.execute(task, engine);

        String reason = String.join("\n",
                "Affected line must be text, not Long",
                "Severity 'urgent' is not known; use critical, major or minor",
                "Fault type is required",
                "Description is required");
        verify(engine).handleBpmnError(task, "Err_InvalidFaultReport", reason, Map.of(
                "intakeProblem", reason,
                "reportLabel", "CU-000001, no line",
                "withdrawReport", false));
        verifyNoInteractions(tickets);
        verify(engine, never()).complete(eq(task), anyMap());
    }

    @Test
    void anUnknownCustomerIsReportedInTheFormsTerms() {
        variables.put("customerReference", "CU-999999");
        when(tickets.openOnce(any(), anyString(), anyString())).thenThrow(new TmfBadRequestException("unknownCustomer",
                "relatedParty: no customer with reference 'CU-999999'"));

        handler.execute(task, engine);

        String reason = "Customer reference: no customer with reference 'CU-999999'";
        verify(engine).handleBpmnError(task, "Err_InvalidFaultReport", reason, Map.of(
                "intakeProblem", reason,
                "reportLabel", "CU-999999, BB-0571-000101",
                "withdrawReport", false));
    }

    @Test
    void aLineOfAnotherCustomerIsReportedInTheFormsTerms() {
        when(tickets.openOnce(any(), anyString(), anyString())).thenThrow(new TmfBadRequestException("lineNotOfCustomer",
                "relatedEntity: 'BB-0571-000101' is not a line of customer CU-000001"));

        handler.execute(task, engine);

        @SuppressWarnings("unchecked")
        ArgumentCaptor<Map<String, Object>> error = ArgumentCaptor.forClass(Map.class);
        verify(engine).handleBpmnError(eq(task), eq("Err_InvalidFaultReport"), anyString(), error.capture());
        assertThat(error.getValue()).containsEntry("intakeProblem",
                "Affected line: 'BB-0571-000101' is not a line of customer CU-000001");
    }

    @Test
    void faultRepairNotDeployedIsAFaultToRetryNotTheAgentsMistake() {
        when(tickets.openOnce(any(), anyString(), anyString())).thenThrow(new FaultRepairUnavailableException(
                "The fault-repair process is not deployed; ticket FR-2026-000043 was not opened", null));

        handler.execute(task, engine);

        verify(engine).handleFailure(eq(task), eq("repair.open-ticket failed: FaultRepairUnavailableException: "
                        + "The fault-repair process is not deployed; ticket FR-2026-000043 was not opened"),
                anyString(), anyInt(), anyLong());
        verify(engine, never()).handleBpmnError(any(ExternalTask.class), anyString(), anyString(), anyMap());
    }

    @Test
    void withoutTheAgentsLoginTheTaskBecomesAnIncident() {
        variables.remove("reportedBy");

        handler.execute(task, engine);

        verify(engine).handleFailure(task,
                "Task 'Task_OpenTicket' needs variable 'reportedBy' (String), but it is missing", null, 0, 0L);
        verifyNoInteractions(tickets);
    }

    private static Ticket ticket(String id) {
        Instant now = Instant.parse("2026-11-23T08:00:00Z");
        return new Ticket(id, "No internet since this morning", "No internet", Severity.MAJOR, TicketType.CONNECTIVITY,
                IntakeChannel.PHONE, 1, "CU-000001", 101, "BB-0571-000101", ServiceType.BROADBAND, "A01", "wang.fang",
                now, now, 0, null, null);
    }
}
