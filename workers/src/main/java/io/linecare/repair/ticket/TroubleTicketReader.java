package io.linecare.repair.ticket;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Tickets in TMF621 shape: status and history from the database, the promise from the process. */
@Component
public class TroubleTicketReader {

    public static final String BASE = "/tmf-api/troubleTicket/v4/troubleTicket";

    private final TroubleTicketRepository tickets;
    private final ObjectProvider<HistoryService> history;

    public TroubleTicketReader(TroubleTicketRepository tickets, ObjectProvider<HistoryService> history) {
        this.tickets = tickets;
        this.history = history;
    }

    public Optional<TroubleTicketResource> find(String id) {
        return tickets.find(id).map(ticket -> resources(List.of(ticket)).get(0));
    }

    public List<TroubleTicketResource> search(TicketFilter filter, int offset, int limit) {
        return resources(tickets.search(filter, offset, limit));
    }

    public long count(TicketFilter filter) {
        return tickets.count(filter);
    }

    public List<TroubleTicketResource> resources(List<Ticket> found) {
        List<String> ids = found.stream().map(Ticket::id).toList();
        Map<String, List<StatusChange>> changes = tickets.statusChanges(ids);
        Map<String, List<TicketNote>> notes = tickets.notes(ids);
        Map<String, OffsetDateTime> promises = promises(ids);
        return found.stream().map(ticket -> toResource(ticket, changes.getOrDefault(ticket.id(), List.of()),
                notes.getOrDefault(ticket.id(), List.of()), promises.get(ticket.id()))).toList();
    }

    static TroubleTicketResource toResource(Ticket ticket, List<StatusChange> changes, List<TicketNote> notes,
                                            OffsetDateTime promisedAt) {
        StatusChange current = changes.isEmpty() ? null : changes.get(changes.size() - 1);
        return new TroubleTicketResource(
                ticket.id(),
                BASE + "/" + ticket.id(),
                ticket.name(),
                ticket.description(),
                ticket.severity().code(),
                ticket.ticketType().code(),
                current == null ? null : current.status().code(),
                current == null ? null : utc(current.changeDate()),
                current == null ? null : current.reason(),
                changes.stream().map(c -> new TroubleTicketResource.StatusChangeEntry(c.status().code(),
                        utc(c.changeDate()), c.reason())).toList(),
                changes.stream().map(c -> new TroubleTicketResource.StatusHistoryEntry(c.status().code(),
                        utc(c.changeDate()), c.reason())).toList(),
                utc(ticket.creationDate()),
                utc(ticket.lastUpdate()),
                promisedAt,
                new TroubleTicketResource.Channel(ticket.channel().code(), ticket.channel().code()),
                notes.stream().map(n -> new TroubleTicketResource.Note(String.valueOf(n.id()), n.author(),
                        utc(n.date()), n.text())).toList(),
                List.of(new TroubleTicketResource.Ref(ticket.customerReference(), null,
                        TroubleTicketRequests.CUSTOMER_ROLE, TroubleTicketRequests.CUSTOMER_REFERRED_TYPE)),
                List.of(new TroubleTicketResource.Ref(String.valueOf(ticket.subscriptionId()), ticket.lineNumber(),
                        TroubleTicketRequests.AFFECTED_LINE_ROLE, TroubleTicketRequests.LINE_REFERRED_TYPE)),
                TroubleTicketRequests.RESOURCE_TYPE);
    }

    /** The {@code promisedAt} variable of each ticket's process (newest instance), where set. */
    private Map<String, OffsetDateTime> promises(Collection<String> ticketIds) {
        Map<String, OffsetDateTime> promises = new HashMap<>();
        HistoryService historyService = history.getIfAvailable();
        if (historyService == null || ticketIds.isEmpty()) {
            return promises;
        }
        List<HistoricProcessInstance> instances = historyService.createHistoricProcessInstanceQuery()
                .processDefinitionKey(FaultRepairVariables.PROCESS_KEY)
                .processInstanceBusinessKeyIn(ticketIds.toArray(String[]::new))
                .orderByProcessInstanceStartTime().asc()
                .list();
        if (instances.isEmpty()) {
            return promises;
        }
        Map<String, String> ticketOfInstance = new HashMap<>();
        instances.forEach(instance -> ticketOfInstance.put(instance.getId(), instance.getBusinessKey()));
        // oldest instance first: a newer instance of the same ticket overwrites its promise
        Map<String, Integer> order = new HashMap<>();
        for (int i = 0; i < instances.size(); i++) {
            order.put(instances.get(i).getId(), i);
        }
        List<HistoricVariableInstance> variables = historyService.createHistoricVariableInstanceQuery()
                .processInstanceIdIn(ticketOfInstance.keySet().toArray(String[]::new))
                .variableName(FaultRepairVariables.PROMISED_AT)
                .list();
        variables.stream()
                .filter(v -> v.getExecutionId() == null || v.getExecutionId().equals(v.getProcessInstanceId()))
                .sorted((a, b) -> order.get(a.getProcessInstanceId()) - order.get(b.getProcessInstanceId()))
                .forEach(v -> {
                    OffsetDateTime at = dateTime(v.getValue());
                    if (at != null) {
                        promises.put(ticketOfInstance.get(v.getProcessInstanceId()), at);
                    }
                });
        return promises;
    }

    /** A promise as the flows store it: ISO-8601 text (kept in its offset), Date, Instant or OffsetDateTime. */
    static OffsetDateTime dateTime(Object value) {
        if (value instanceof OffsetDateTime offsetDateTime) {
            return offsetDateTime;
        }
        if (value instanceof Instant instant) {
            return utc(instant);
        }
        if (value instanceof Date date) {
            return utc(date.toInstant());
        }
        if (value instanceof String text && !text.isBlank()) {
            try {
                return OffsetDateTime.parse(text.strip());
            } catch (DateTimeParseException e) {
                try {
                    return utc(Instant.parse(text.strip()));
                } catch (DateTimeParseException ignored) {
                    return null;
                }
            }
        }
        return null;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
