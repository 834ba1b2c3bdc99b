package io.linecare.grouping;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import io.linecare.platform.roles.ConditionalOnRole;
import io.linecare.platform.roles.Role;

/**
 * Tells a collecting group's process that a complaint joined, so it counts again at once. Sent after
 * the ticket's transaction commits and never fails the intake: many tickets of one area arriving
 * together race for the same process instance, and a lost signal only means the group counts at its
 * next regular look (complaint-group.bpmn, every 5 minutes), which reads the tickets from the table.
 */
@Component
@ConditionalOnRole(Role.ENGINE)
public class ComplaintAddedSignal {

    private static final Logger log = LoggerFactory.getLogger(ComplaintAddedSignal.class);

    private final RuntimeService runtimeService;

    public ComplaintAddedSignal(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    public void afterCommit(String groupId) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            send(groupId);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                send(groupId);
            }
        });
    }

    private void send(String groupId) {
        try {
            runtimeService.createSignalEvent("complaint-added-" + groupId).send();
        } catch (ProcessEngineException raced) {
            log.debug("Complaint-added signal for {} lost ({}); the group counts at its next look", groupId,
                    raced.getMessage());
        }
    }
}
