package io.linecare.grouping.api;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import io.linecare.customer.ServiceType;
import io.linecare.grouping.ComplaintGroup;
import io.linecare.grouping.ComplaintGroupRepository;
import io.linecare.grouping.ComplaintGroupRepository.GroupTicket;
import io.linecare.grouping.ComplaintGroupRepository.NodeLoad;
import io.linecare.grouping.GroupState;
import io.linecare.grouping.IncidentReport;
import io.linecare.grouping.api.ServiceProblemResource.Characteristic;
import io.linecare.grouping.api.ServiceProblemResource.Ref;
import io.linecare.repair.ticket.TroubleTicketReader;

/** Builds TMF656 ServiceProblem resources from the complaint-group tables. */
@Component
public class ServiceProblemReader {

    public static final String BASE = "/tmf-api/serviceProblemManagement/v4/serviceProblem";

    private final ComplaintGroupRepository groups;

    public ServiceProblemReader(ComplaintGroupRepository groups) {
        this.groups = groups;
    }

    public Optional<ServiceProblemResource> find(String id) {
        return groups.find(id).map(this::resource);
    }

    public List<ServiceProblemResource> list(Collection<GroupState> states, ServiceType serviceType, int offset, int limit) {
        return groups.list(states, serviceType, offset, limit).stream().map(this::resource).toList();
    }

    public long count(Collection<GroupState> states, ServiceType serviceType) {
        return groups.count(states, serviceType);
    }

    private ServiceProblemResource resource(ComplaintGroup group) {
        List<GroupTicket> tickets = groups.tickets(group.id());
        List<NodeLoad> nodes = groups.nodeLoads(group.id(), group.serviceType());
        List<Ref> ticketRefs = tickets.stream().map(t -> new Ref(t.ticketId(), TroubleTicketReader.BASE + "/" + t.ticketId(),
                null, "TroubleTicket")).toList();
        List<Ref> nodeRefs = nodes.stream().map(n -> new Ref(n.id(), null, n.name(), "Resource")).toList();
        List<Ref> parent = group.mergedInto() == null ? null
                : List.of(new Ref(group.mergedInto(), BASE + "/" + group.mergedInto(), null, "ServiceProblem"));
        return new ServiceProblemResource(group.id(), BASE + "/" + group.id(),
                group.areaId() + " " + group.serviceType().code() + " complaints",
                description(group), group.serviceType().code(), group.state().tmfStatus(),
                group.rootCause() != null ? group.rootCause() : group.cause() != null ? group.cause() : group.suspectedReason(),
                "linecare complaint-group analysis", nodes.stream().mapToInt(NodeLoad::lines).sum(),
                time(group.openedAt()), time(latest(group)), time(group.resolvedAt()),
                nodeRefs, ticketRefs, parent, report(group), "ServiceProblem");
    }

    private static String description(ComplaintGroup group) {
        return switch (group.state()) {
            case COLLECTING -> "Collecting complaints from area " + group.areaId();
            case SUSPECTED -> "Suspected incident, waiting for a network analyst";
            case CONFIRMED -> "Confirmed incident; customers on the affected access nodes are informed";
            case RESOLVED -> "Incident resolved";
            case REJECTED -> "No incident: the tickets were repaired on their own";
            case MERGED -> "Merged into " + group.mergedInto();
            case EXPIRED -> "No incident: the complaints stopped";
        };
    }

    private List<Characteristic> report(ComplaintGroup group) {
        Optional<IncidentReport> report = groups.report(group.id());
        if (report.isEmpty()) {
            return null;
        }
        IncidentReport r = report.get();
        List<Characteristic> values = new ArrayList<>();
        values.add(new Characteristic("durationMinutes", String.valueOf(r.durationMinutes()), "integer"));
        values.add(new Characteristic("customersAffected", String.valueOf(r.customersAffected()), "integer"));
        values.add(new Characteristic("complaintsReceived", String.valueOf(r.complaintsReceived()), "integer"));
        values.add(new Characteristic("notifiedBeforeCallPct", r.notifiedBeforeCallPct().toPlainString(), "number"));
        values.add(new Characteristic("compensationTotal", r.compensationTotal().toPlainString(), "number"));
        values.add(new Characteristic("customersCompensated", String.valueOf(r.customersCompensated()), "integer"));
        return values;
    }

    private static Instant latest(ComplaintGroup group) {
        Instant latest = group.openedAt();
        for (Instant at : new Instant[] {group.suspectedAt(), group.confirmedAt(), group.resolvedAt(), group.closedAt()}) {
            if (at != null && at.isAfter(latest)) {
                latest = at;
            }
        }
        return latest;
    }

    private static OffsetDateTime time(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
