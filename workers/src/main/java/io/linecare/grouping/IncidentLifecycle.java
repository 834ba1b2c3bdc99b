package io.linecare.grouping;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.linecare.grouping.ComplaintGroupRepository.GroupTicket;
import io.linecare.platform.externaltask.BusinessOutcomeException;

/**
 * The analyst's and network operations' decisions on a complaint group, each under the group's row
 * lock and each safe to repeat (the engine may hand a step out twice).
 */
@Service
public class IncidentLifecycle {

    public static final String ERR_CANNOT_MERGE = "Err_CannotMerge";
    public static final String ERR_CANNOT_UNGROUP = "Err_CannotUngroup";
    /** Estimates beyond a month are a typing error, not an estimate. */
    static final double MAX_ESTIMATE_HOURS = 24 * 30;

    private static final Logger log = LoggerFactory.getLogger(IncidentLifecycle.class);

    private final ComplaintGroupRepository groups;
    private final Clock clock;

    public IncidentLifecycle(ComplaintGroupRepository groups, Clock clock) {
        this.groups = groups;
        this.clock = clock;
    }

    /** The tickets to hold and when service is expected back. */
    public record Confirmation(List<String> ticketsToHold, Instant estimateAt) {
    }

    @Transactional
    public Confirmation confirm(String groupId, double estimatedHours, String cause) {
        ComplaintGroup group = locked(groupId);
        requireHours(estimatedHours);
        Instant estimate = group.estimateAt();
        if (group.state() != GroupState.CONFIRMED) {
            if (!group.state().isOpen()) {
                throw new IllegalStateException(groupId + " is " + group.state().code() + " and cannot be confirmed");
            }
            Instant now = clock.instant();
            estimate = now.plus(hours(estimatedHours));
            groups.confirm(groupId, cause, estimate, now);
            groups.addAffectedCustomers(groupId, group.serviceType());
            log.info("Incident {} confirmed ({} {}), service expected back by {}", groupId, group.areaId(),
                    group.serviceType().code(), estimate);
        }
        List<String> toHold = groups.tickets(groupId).stream().filter(t -> !t.joinedConfirmed())
                .map(GroupTicket::ticketId).toList();
        return new Confirmation(toHold, estimate);
    }

    /** @return the new estimate */
    @Transactional
    public Instant reviseEstimate(String groupId, double hoursFromNow) {
        ComplaintGroup group = locked(groupId);
        requireState(group, GroupState.CONFIRMED);
        requireHours(hoursFromNow);
        Instant estimate = clock.instant().plus(hours(hoursFromNow));
        groups.reviseEstimate(groupId, estimate);
        return estimate;
    }

    @Transactional
    public ComplaintGroup resolve(String groupId, String rootCause) {
        ComplaintGroup group = locked(groupId);
        if (group.state() == GroupState.CONFIRMED) {
            groups.resolve(groupId, rootCause, clock.instant());
        } else {
            requireState(group, GroupState.RESOLVED);
        }
        return groups.find(groupId).orElseThrow();
    }

    /** Ends a group that is no incident (rejected) or went quiet (expired); its tickets go on with their repair. */
    @Transactional
    public void close(String groupId, GroupState closeAs) {
        if (closeAs != GroupState.REJECTED && closeAs != GroupState.EXPIRED) {
            throw new IllegalArgumentException("A group closes as rejected or expired, not " + closeAs.code());
        }
        locked(groupId);
        groups.close(groupId, closeAs, clock.instant());
    }

    /**
     * TMF656 problemUngroup: takes the named tickets out of the group; they go on with their own repair.
     *
     * @throws BusinessOutcomeException Err_CannotUngroup when none is named or one is not in the group
     */
    @Transactional
    public List<String> ungroup(String groupId, String ticketList) {
        ComplaintGroup group = locked(groupId);
        Set<String> named = new LinkedHashSet<>(Arrays.stream(ticketList == null ? new String[0] : ticketList.split("[,;\\s]+"))
                .map(String::trim).filter(s -> !s.isEmpty()).map(String::toUpperCase).toList());
        if (named.isEmpty()) {
            throw new BusinessOutcomeException(ERR_CANNOT_UNGROUP, "Name the tickets to take out of " + groupId
                    + ", e.g. FR-2026-000123, FR-2026-000124");
        }
        Set<String> inGroup = new LinkedHashSet<>(groups.tickets(groupId).stream().map(GroupTicket::ticketId).toList());
        List<String> strangers = named.stream().filter(id -> !inGroup.contains(id)).toList();
        if (!strangers.isEmpty()) {
            throw new BusinessOutcomeException(ERR_CANNOT_UNGROUP, String.join(", ", strangers) + " "
                    + (strangers.size() == 1 ? "is" : "are") + " not in " + groupId + "; nothing was taken out");
        }
        if (named.size() == inGroup.size()) {
            throw new BusinessOutcomeException(ERR_CANNOT_UNGROUP, "That would take every ticket out of " + groupId
                    + "; reject the group instead");
        }
        List<String> out = groups.ungroup(groupId, named, clock.instant());
        log.info("{}: {} taken out by the analyst ({} {})", groupId, out, group.areaId(), group.serviceType().code());
        return out;
    }

    /** What a merge did: the tickets moved, and whether the target is already an incident that must hold them. */
    public record Merge(String into, List<String> ticketsMoved, boolean intoIncident) {
    }

    /**
     * TMF656 problemGroup: moves this group's tickets into another open group of the same service type
     * (an outage spanning two areas is one incident) and ends this group as merged.
     *
     * @throws BusinessOutcomeException Err_CannotMerge when the target is unknown, this group, closed or
     *                                  of another service type
     */
    @Transactional
    public Merge merge(String groupId, String target) {
        ComplaintGroup group = locked(groupId);
        String into = target == null ? "" : target.trim().toUpperCase();
        if (group.state() == GroupState.MERGED) {
            return new Merge(group.mergedInto(), List.of(), false);
        }
        if (!ComplaintGroupReference.isValid(into)) {
            throw new BusinessOutcomeException(ERR_CANNOT_MERGE, "'" + target + "' is not a group reference like CG-2026-000001");
        }
        if (into.equals(groupId)) {
            throw new BusinessOutcomeException(ERR_CANNOT_MERGE, "A group cannot be merged into itself");
        }
        ComplaintGroup other = groups.lock(into)
                .orElseThrow(() -> new BusinessOutcomeException(ERR_CANNOT_MERGE, "There is no group " + into));
        if (!other.state().isOpen()) {
            throw new BusinessOutcomeException(ERR_CANNOT_MERGE, into + " is " + other.state().code()
                    + "; only a collecting, suspected or confirmed group takes more tickets");
        }
        if (other.serviceType() != group.serviceType()) {
            throw new BusinessOutcomeException(ERR_CANNOT_MERGE, into + " is about " + other.serviceType().code()
                    + ", this group about " + group.serviceType().code());
        }
        List<String> moved = groups.tickets(groupId).stream().map(GroupTicket::ticketId).toList();
        groups.moveTickets(groupId, into);
        groups.merge(groupId, into, clock.instant());
        log.info("{} merged into {} ({} tickets)", groupId, into, moved.size());
        return new Merge(into, moved, other.state() == GroupState.CONFIRMED);
    }

    private ComplaintGroup locked(String groupId) {
        return groups.lock(groupId).orElseThrow(() -> new UnknownGroupException(groupId));
    }

    private static void requireState(ComplaintGroup group, GroupState state) {
        if (group.state() != state) {
            throw new IllegalStateException(group.id() + " is " + group.state().code() + ", not " + state.code());
        }
    }

    private static void requireHours(double hours) {
        if (!(hours > 0 && hours <= MAX_ESTIMATE_HOURS)) {
            throw new IllegalArgumentException("An estimate must be more than 0 and at most " + (int) MAX_ESTIMATE_HOURS
                    + " hours, not " + hours);
        }
    }

    static Duration hours(double hours) {
        return Duration.ofMinutes(Math.round(hours * 60));
    }
}
