package io.linecare.repair.ticket;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

import io.linecare.platform.roles.ConditionalOnRole;
import io.linecare.platform.roles.Role;
import io.linecare.platform.tmf.TmfBadRequestException;

/**
 * Correlates {@code Msg_FixConfirmed} (the same message the status page sends) in the caller's
 * transaction, so the ticket change and the flow's step commit together or not at all.
 */
@Component
@ConditionalOnRole(Role.ENGINE)
public class CamundaFixConfirmations implements FixConfirmations {

    private final RuntimeService runtimeService;

    public CamundaFixConfirmations(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    @Override
    public void record(String ticketId, boolean fixWorked, String comment) {
        HashMap<String, Object> answer = new HashMap<>(Map.of(FaultRepairVariables.FIX_WORKED, fixWorked));
        answer.put(FaultRepairVariables.CUSTOMER_COMMENT, comment);
        try {
            runtimeService.createMessageCorrelation(FaultRepairVariables.MSG_FIX_CONFIRMED)
                    .processInstanceBusinessKey(ticketId).setVariables(answer).correlateWithResult();
        } catch (MismatchingMessageCorrelationException notWaiting) {
            throw new TmfBadRequestException("invalidValue", "status: the flow of " + ticketId
                    + " is not waiting for the customer's answer (already answered?)");
        }
    }
}
