package io.linecare.grouping;

import java.time.Instant;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A ticket's view of its incident, for repair.join-incident: which incident holds it, whether it is
 * over, and the estimate that is the ticket's promise meanwhile. Joining also extends the incident
 * to the ticket's access node, so that node's customers hear of the outage too.
 */
@Service
public class IncidentMembership {

    private final ComplaintGroupRepository groups;
    private final IncidentNotices notices;

    public IncidentMembership(ComplaintGroupRepository groups, IncidentNotices notices) {
        this.groups = groups;
        this.notices = notices;
    }

    /**
     * @param estimateAt when service is expected back (while held) or was back (once resolved)
     */
    public record Held(String incidentId, boolean resolved, Instant estimateAt, String cause) {
    }

    /**
     * The ticket's complaint group as its repair sees it at the line test: none (or taken out), under an
     * analyst's review (suspected), a confirmed incident, or any other state that holds nothing back.
     */
    public record Standing(String groupId, GroupState state) {

        static final Standing NONE = new Standing(null, null);

        public boolean underReview() {
            return state == GroupState.SUSPECTED;
        }

        public boolean confirmedIncident() {
            return state == GroupState.CONFIRMED;
        }
    }

    public Standing standing(String ticketId) {
        return groups.groupOfTicket(ticketId).flatMap(groups::find)
                .map(group -> new Standing(group.id(), group.state()))
                .orElse(Standing.NONE);
    }

    @Transactional
    public Held join(String ticketId) {
        String groupId = groups.groupOfTicket(ticketId)
                .orElseThrow(() -> new IllegalStateException(ticketId + " belongs to no complaint group"));
        ComplaintGroup group = groups.find(groupId).orElseThrow(() -> new UnknownGroupException(groupId));
        return switch (group.state()) {
            case CONFIRMED -> {
                notices.notifyAffected(groupId);
                yield new Held(groupId, false, group.estimateAt(), group.cause());
            }
            case RESOLVED -> new Held(groupId, true, group.resolvedAt(), group.rootCause());
            default -> throw new IllegalStateException(ticketId + " is in " + groupId + ", which is "
                    + group.state().code() + ", not a confirmed incident");
        };
    }
}
