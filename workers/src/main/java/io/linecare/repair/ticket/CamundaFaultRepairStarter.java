package io.linecare.repair.ticket;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

import io.linecare.customer.Customer;
import io.linecare.customer.CustomerDirectory;
import io.linecare.platform.roles.ConditionalOnRole;
import io.linecare.platform.roles.Role;

/**
 * Starts {@code fault-repair} on the local engine, business key = ticket id. The engine shares
 * Spring's transaction manager, so the instance is created in the caller's transaction.
 */
@Component
@ConditionalOnRole(Role.ENGINE)
public class CamundaFaultRepairStarter implements FaultRepairStarter {

    private final RuntimeService runtimeService;
    private final RepositoryService repositoryService;
    private final CustomerDirectory customers;

    public CamundaFaultRepairStarter(RuntimeService runtimeService, RepositoryService repositoryService,
                                     CustomerDirectory customers) {
        this.runtimeService = runtimeService;
        this.repositoryService = repositoryService;
        this.customers = customers;
    }

    @Override
    public void start(Ticket ticket, String incidentReference) {
        Customer customer = customers.findById(ticket.customerId())
                .orElseThrow(() -> new IllegalStateException("Customer " + ticket.customerReference()
                        + " of ticket " + ticket.id() + " is no longer in the CRM"));
        try {
            runtimeService.startProcessInstanceByKey(FaultRepairVariables.PROCESS_KEY, ticket.id(),
                    variables(ticket, customer, incidentReference));
        } catch (ProcessEngineException e) {
            if (repositoryService.createProcessDefinitionQuery()
                    .processDefinitionKey(FaultRepairVariables.PROCESS_KEY).count() == 0) {
                throw new FaultRepairUnavailableException("The " + FaultRepairVariables.PROCESS_KEY
                        + " process is not deployed; ticket " + ticket.id() + " was not opened", e);
            }
            throw e;
        }
    }

    static Map<String, Object> variables(Ticket ticket, Customer customer, String incidentReference) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(FaultRepairVariables.TICKET_ID, ticket.id());
        variables.put(FaultRepairVariables.CUSTOMER_ID, ticket.customerId());
        variables.put(FaultRepairVariables.CUSTOMER_REFERENCE, ticket.customerReference());
        variables.put(FaultRepairVariables.CUSTOMER_NAME, customer.fullName());
        variables.put(FaultRepairVariables.TIER, customer.tier().code());
        variables.put(FaultRepairVariables.BIG_CLIENT, customer.bigClient());
        variables.put(FaultRepairVariables.SUBSCRIPTION_ID, ticket.subscriptionId());
        variables.put(FaultRepairVariables.LINE_NUMBER, ticket.lineNumber());
        variables.put(FaultRepairVariables.SERVICE_TYPE, ticket.serviceType().code());
        variables.put(FaultRepairVariables.AREA_ID, ticket.areaId());
        variables.put(FaultRepairVariables.SEVERITY, ticket.severity().code());
        variables.put(FaultRepairVariables.TICKET_TYPE, ticket.ticketType().code());
        variables.put(FaultRepairVariables.CHANNEL, ticket.channel().code());
        variables.put(FaultRepairVariables.DESCRIPTION, ticket.description());
        variables.put(FaultRepairVariables.INCIDENT_REFERENCE, incidentReference);
        variables.put(FaultRepairVariables.INCIDENT_RESOLVED, false);
        return variables;
    }
}
