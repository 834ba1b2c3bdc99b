package io.linecare.communication.status;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.HashSet;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.EventSubscription;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

import io.linecare.communication.status.StatusAction.WaitingAction;
import io.linecare.platform.roles.ConditionalOnRole;
import io.linecare.platform.roles.Role;

/**
 * The registry of {@link StatusAction}s by BPMN message name, and which of them a case offers right
 * now: the message subscriptions of the case's active process instances that have a registered action.
 */
@Component
@ConditionalOnRole(Role.WEB)
public class StatusActions {

    static final String MESSAGE_EVENT = "message";

    private final Map<String, StatusAction> byMessage = new LinkedHashMap<>();
    private final RuntimeService runtimeService;

    public StatusActions(List<StatusAction> actions, RuntimeService runtimeService) {
        for (StatusAction action : actions) {
            if (byMessage.putIfAbsent(action.messageName(), action) != null) {
                throw new IllegalStateException("two status-page actions for message " + action.messageName());
            }
        }
        this.runtimeService = runtimeService;
    }

    public Optional<StatusAction> forMessage(String messageName) {
        return Optional.ofNullable(byMessage.get(messageName));
    }

    public Set<String> messageNames() {
        return byMessage.keySet();
    }

    /** Actions open to the customer of this case now, one per message name (the oldest subscription wins). */
    public List<WaitingAction> waiting(String caseReference) {
        List<WaitingAction> waiting = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<ProcessInstance> instances = runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey(caseReference).active().list();
        for (ProcessInstance instance : instances) {
            List<EventSubscription> subscriptions = runtimeService.createEventSubscriptionQuery()
                    .processInstanceId(instance.getId()).eventType(MESSAGE_EVENT)
                    .orderByCreated().asc().list();
            for (EventSubscription subscription : subscriptions) {
                String name = subscription.getEventName();
                if (byMessage.containsKey(name) && seen.add(name)) {
                    waiting.add(new WaitingAction(name, instance.getId(), subscription.getExecutionId()));
                }
            }
        }
        return waiting;
    }

    public Optional<WaitingAction> waiting(String caseReference, String messageName) {
        return waiting(caseReference).stream().filter(w -> w.messageName().equals(messageName)).findFirst();
    }
}
