package io.linecare.grouping;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import io.linecare.network.Area;
import io.linecare.network.NetworkInventory;
import io.linecare.platform.roles.ConditionalOnRole;
import io.linecare.platform.roles.Role;
import io.linecare.repair.ticket.ComplaintRegistry;
import io.linecare.repair.ticket.Ticket;

/**
 * Puts each new ticket into the open complaint group of its area and service type, in the intake's
 * transaction. The first ticket opens the group and starts its process; racing intakes queue on a
 * transaction-scoped lock and then join the winner's group (a partial unique index backs this up). A ticket whose
 * group is already a confirmed incident joins it without a repair of its own.
 */
@Component
@ConditionalOnRole(Role.ENGINE)
public class ComplaintGroupRegistry implements ComplaintRegistry {

    private static final Logger log = LoggerFactory.getLogger(ComplaintGroupRegistry.class);

    private final ComplaintGroupRepository groups;
    private final ComplaintGroupStarter starter;
    private final ComplaintAddedSignal signal;
    private final NetworkInventory network;
    private final Clock clock;

    public ComplaintGroupRegistry(ComplaintGroupRepository groups, ComplaintGroupStarter starter,
                                  ComplaintAddedSignal signal, NetworkInventory network, Clock clock) {
        this.groups = groups;
        this.starter = starter;
        this.signal = signal;
        this.network = network;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<String> register(Ticket ticket, String accessNodeId) {
        Instant now = ticket.creationDate();
        ComplaintGroup group = groups.openGroup(ticket.areaId(), ticket.serviceType()).orElseGet(() -> open(ticket));
        boolean incident = group.state() == GroupState.CONFIRMED;
        groups.linkTicket(ticket.id(), group.id(), accessNodeId, now, incident);
        if (incident) {
            log.info("Ticket {} joins confirmed incident {}", ticket.id(), group.id());
            return Optional.of(group.id());
        }
        if (group.state() == GroupState.COLLECTING) {
            signal.afterCommit(group.id());
        }
        return Optional.empty();
    }

    /** Opens the area's group, or finds the one a racing intake opened first (it waited for that commit). */
    private ComplaintGroup open(Ticket ticket) {
        groups.lockOpening(ticket.areaId(), ticket.serviceType());
        Optional<ComplaintGroup> openedMeanwhile = groups.openGroup(ticket.areaId(), ticket.serviceType());
        if (openedMeanwhile.isPresent()) {
            return openedMeanwhile.get();
        }
        Instant now = clock.instant();
        String id = ComplaintGroupReference.of(now.atZone(ZoneOffset.UTC).getYear(), groups.nextNumber());
        if (groups.insertIfNoneOpen(id, ticket.areaId(), ticket.serviceType(), now)) {
            starter.start(id, ticket.areaId(), ticket.serviceType().code(), label(ticket.areaId(), ticket.serviceType().code()));
            log.info("Complaint group {} opened for {} {} by ticket {}", id, ticket.areaId(),
                    ticket.serviceType().code(), ticket.id());
        }
        return groups.openGroup(ticket.areaId(), ticket.serviceType())
                .orElseThrow(() -> new IllegalStateException("No open complaint group for " + ticket.areaId() + " "
                        + ticket.serviceType().code() + " right after opening one"));
    }

    private String label(String areaId, String serviceType) {
        String areaName = network.area(areaId).map(Area::label).orElse("");
        return (areaId + " " + areaName).trim() + " " + serviceType;
    }
}
