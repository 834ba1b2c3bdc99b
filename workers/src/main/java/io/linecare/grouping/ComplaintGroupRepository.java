package io.linecare.grouping;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.linecare.customer.ServiceType;

/** The {@code linecare.complaint_group*} and {@code incident_*} tables. */
@Repository
public class ComplaintGroupRepository {

    private static final String COLUMNS = """
            g.id, g.area_id, g.service_type, g.state, g.merged_into, g.opened_at, g.suspected_at, g.suspected_reason,
            g.confirmed_at, g.cause, g.first_estimate_at, g.estimate_at, g.estimate_version, g.resolved_at,
            g.root_cause, g.closed_at""";

    /** Tickets that still belong to their group (not taken out by the analyst). */
    // starts with a space: it follows a text block, whose trailing spaces Java strips
    private static final String ACTIVE_TICKETS = " linecare.complaint_group_ticket gt where gt.group_id = :group and gt.ungrouped_at is null";

    private final JdbcClient jdbc;

    public ComplaintGroupRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long nextNumber() {
        return jdbc.sql("select nextval('linecare.complaint_group_number_seq')").query(Long.class).single();
    }

    /**
     * Opens a collecting group unless the area and service type already have an open one. Concurrent
     * callers wait on the partial unique index; all but one insert nothing.
     *
     * @return true when this call opened the group
     */
    public boolean insertIfNoneOpen(String id, String areaId, ServiceType serviceType, Instant now) {
        return jdbc.sql("""
                        insert into linecare.complaint_group (id, area_id, service_type, state, opened_at)
                        values (:id, :area, :service, 'collecting', :now)
                        on conflict (area_id, service_type) where open_for_tickets do nothing""")
                .param("id", id).param("area", areaId).param("service", serviceType.code())
                .param("now", Timestamp.from(now))
                .update() == 1;
    }

    /**
     * Serialises the opening of a group for one area and service type until the transaction ends, so
     * that racing intakes wait for the first to commit and then join its group instead of each taking
     * a reference number.
     */
    public void lockOpening(String areaId, ServiceType serviceType) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('complaint_group:' || :area || ':' || :service))")
                .param("area", areaId).param("service", serviceType.code()).query().singleRow();
    }

    public Optional<ComplaintGroup> openGroup(String areaId, ServiceType serviceType) {
        return jdbc.sql("select " + COLUMNS + " from linecare.complaint_group g"
                        + " where g.area_id = :area and g.service_type = :service and g.open_for_tickets")
                .param("area", areaId).param("service", serviceType.code())
                .query(ComplaintGroupRepository::group).optional();
    }

    public Optional<ComplaintGroup> find(String id) {
        return jdbc.sql("select " + COLUMNS + " from linecare.complaint_group g where g.id = :id")
                .param("id", id).query(ComplaintGroupRepository::group).optional();
    }

    /** Locks the group row for the rest of the transaction: state changes of one group are serial. */
    public Optional<ComplaintGroup> lock(String id) {
        return jdbc.sql("select " + COLUMNS + " from linecare.complaint_group g where g.id = :id for update")
                .param("id", id).query(ComplaintGroupRepository::group).optional();
    }

    /** Newest first; {@code states} and {@code serviceType} empty or null: all. */
    public List<ComplaintGroup> list(Collection<GroupState> states, ServiceType serviceType, int offset, int limit) {
        return jdbc.sql("select " + COLUMNS + " from linecare.complaint_group g " + FILTER
                        + " order by g.opened_at desc, g.id desc offset :offset limit :limit")
                .param("states", codes(states)).param("service", serviceType == null ? "" : serviceType.code())
                .param("offset", offset).param("limit", limit).query(ComplaintGroupRepository::group).list();
    }

    public long count(Collection<GroupState> states, ServiceType serviceType) {
        return jdbc.sql("select count(*) from linecare.complaint_group g " + FILTER)
                .param("states", codes(states)).param("service", serviceType == null ? "" : serviceType.code())
                .query(Long.class).single();
    }

    /** {@code :states}: state codes separated by commas, empty for all. */
    private static final String FILTER = """
             where (:states = '' or g.state = any(string_to_array(:states, ',')))
               and (:service = '' or g.service_type = :service)""";

    private static String codes(Collection<GroupState> states) {
        return states == null ? "" : String.join(",", states.stream().map(GroupState::code).toList());
    }

    // ---------------------------------------------------------------- tickets

    /** Links a ticket to a group; a ticket already in a group stays where it is. */
    public void linkTicket(String ticketId, String groupId, String accessNodeId, Instant now, boolean joinedConfirmed) {
        jdbc.sql("""
                        insert into linecare.complaint_group_ticket (ticket_id, group_id, access_node_id, joined_at, joined_confirmed)
                        values (:ticket, :group, :node, :now, :confirmed)
                        on conflict (ticket_id) do nothing""")
                .param("ticket", ticketId).param("group", groupId).param("node", accessNodeId)
                .param("now", Timestamp.from(now)).param("confirmed", joinedConfirmed)
                .update();
    }

    /** The group a ticket belongs to, if it was not taken out. */
    public Optional<String> groupOfTicket(String ticketId) {
        return jdbc.sql("select group_id from linecare.complaint_group_ticket where ticket_id = :ticket and ungrouped_at is null")
                .param("ticket", ticketId).query(String.class).optional();
    }

    public List<GroupTicket> tickets(String groupId) {
        return jdbc.sql("""
                        select gt.ticket_id, gt.access_node_id, gt.joined_at, gt.joined_confirmed, t.customer_id,
                               t.customer_reference, t.line_number, t.creation_date, t.line_status, c.big_client
                          from linecare.complaint_group_ticket gt
                          join linecare.trouble_ticket t on t.id = gt.ticket_id
                          join linecare.customer c on c.id = t.customer_id
                         where gt.group_id = :group and gt.ungrouped_at is null
                         order by t.creation_date, gt.ticket_id""")
                .param("group", groupId)
                .query((rs, row) -> new GroupTicket(rs.getString("ticket_id"), rs.getString("access_node_id"),
                        instant(rs, "joined_at"), rs.getBoolean("joined_confirmed"), rs.getLong("customer_id"),
                        rs.getString("customer_reference"), rs.getString("line_number"), instant(rs, "creation_date"),
                        rs.getString("line_status"), rs.getBoolean("big_client")))
                .list();
    }

    /** Takes the named tickets out of the group; answers those that were in it. */
    public List<String> ungroup(String groupId, Collection<String> ticketIds, Instant now) {
        return jdbc.sql("""
                        update linecare.complaint_group_ticket set ungrouped_at = :now
                         where group_id = :group and ungrouped_at is null and ticket_id in (:tickets)
                        returning ticket_id""")
                .param("group", groupId).param("tickets", ticketIds).param("now", Timestamp.from(now))
                .query(String.class).list();
    }

    /** Moves every ticket of {@code from} to {@code to} (TMF656 problemGroup). */
    public int moveTickets(String from, String to) {
        return jdbc.sql("update linecare.complaint_group_ticket set group_id = :to where group_id = :from and ungrouped_at is null")
                .param("from", from).param("to", to).update();
    }

    // ---------------------------------------------------------------- what cluster-threshold is fed

    public int ticketsSince(String groupId, Instant since) {
        return jdbc.sql("select count(*) from " + ACTIVE_TICKETS + " and gt.joined_at >= :since")
                .param("group", groupId).param("since", Timestamp.from(since)).query(Integer.class).single();
    }

    /** Distinct lines that complained since {@code since}. */
    public int complainingLinesSince(String groupId, Instant since) {
        return jdbc.sql("""
                        select count(distinct t.subscription_id)
                          from linecare.complaint_group_ticket gt join linecare.trouble_ticket t on t.id = gt.ticket_id
                         where gt.group_id = :group and gt.ungrouped_at is null and gt.joined_at >= :since""")
                .param("group", groupId).param("since", Timestamp.from(since)).query(Integer.class).single();
    }

    /** Active lines of the group's service type on the access nodes its tickets hang off. */
    public int linesOnGroupNodes(String groupId, ServiceType serviceType) {
        return jdbc.sql("""
                        select count(*) from linecare.subscription s
                         where s.status = 'active' and s.service_type = :service
                           and s.access_node_id in (select gt.access_node_id from """ + ACTIVE_TICKETS + ")")
                .param("group", groupId).param("service", serviceType.code()).query(Integer.class).single();
    }

    public boolean bigClientInvolved(String groupId) {
        return jdbc.sql("""
                        select exists (select 1 from linecare.complaint_group_ticket gt
                                         join linecare.trouble_ticket t on t.id = gt.ticket_id
                                         join linecare.customer c on c.id = t.customer_id
                                        where gt.group_id = :group and gt.ungrouped_at is null and c.big_client)""")
                .param("group", groupId).query(Boolean.class).single();
    }

    /** Per access node of the group: its complaining lines and all its active lines of the service type. */
    public List<NodeLoad> nodeLoads(String groupId, ServiceType serviceType) {
        return jdbc.sql("""
                        select n.id, n.name, n.kind,
                               (select count(distinct t.subscription_id) from linecare.complaint_group_ticket gt
                                  join linecare.trouble_ticket t on t.id = gt.ticket_id
                                 where gt.group_id = :group and gt.ungrouped_at is null and gt.access_node_id = n.id) as complaining,
                               (select count(*) from linecare.subscription s
                                 where s.access_node_id = n.id and s.status = 'active' and s.service_type = :service) as lines
                          from linecare.access_node n
                         where n.id in (select gt.access_node_id from """ + ACTIVE_TICKETS + """
                        )
                         order by n.id""")
                .param("group", groupId).param("service", serviceType.code())
                .query((rs, row) -> new NodeLoad(rs.getString("id"), rs.getString("name"), rs.getString("kind"),
                        rs.getInt("complaining"), rs.getInt("lines")))
                .list();
    }

    // ---------------------------------------------------------------- state changes

    public void markSuspected(String groupId, String reason, Instant now) {
        jdbc.sql("""
                        update linecare.complaint_group set state = 'suspected', suspected_reason = :reason,
                               suspected_at = coalesce(suspected_at, :now)
                         where id = :id and state in ('collecting', 'suspected')""")
                .param("id", groupId).param("reason", reason).param("now", Timestamp.from(now)).update();
    }

    public void confirm(String groupId, String cause, Instant estimate, Instant now) {
        jdbc.sql("""
                        update linecare.complaint_group set state = 'confirmed', cause = :cause, confirmed_at = :now,
                               first_estimate_at = :estimate, estimate_at = :estimate
                         where id = :id""")
                .param("id", groupId).param("cause", cause).param("estimate", Timestamp.from(estimate))
                .param("now", Timestamp.from(now)).update();
    }

    /** @return the new estimate version */
    public int reviseEstimate(String groupId, Instant estimate) {
        return jdbc.sql("""
                        update linecare.complaint_group set estimate_at = :estimate, estimate_version = estimate_version + 1
                         where id = :id returning estimate_version""")
                .param("id", groupId).param("estimate", Timestamp.from(estimate)).query(Integer.class).single();
    }

    public void resolve(String groupId, String rootCause, Instant now) {
        jdbc.sql("""
                        update linecare.complaint_group set state = 'resolved', open_for_tickets = false,
                               root_cause = :rootCause, resolved_at = :now
                         where id = :id and state = 'confirmed'""")
                .param("id", groupId).param("rootCause", rootCause).param("now", Timestamp.from(now)).update();
    }

    /** Ends an open group as rejected or expired: the area's next ticket opens a new group. */
    public void close(String groupId, GroupState state, Instant now) {
        jdbc.sql("""
                        update linecare.complaint_group set state = :state, open_for_tickets = false, closed_at = :now
                         where id = :id and open_for_tickets""")
                .param("id", groupId).param("state", state.code()).param("now", Timestamp.from(now)).update();
    }

    public void merge(String groupId, String into, Instant now) {
        jdbc.sql("""
                        update linecare.complaint_group set state = 'merged', merged_into = :into, open_for_tickets = false,
                               closed_at = :now
                         where id = :id""")
                .param("id", groupId).param("into", into).param("now", Timestamp.from(now)).update();
    }

    public void markClosed(String groupId, Instant now) {
        jdbc.sql("update linecare.complaint_group set closed_at = coalesce(closed_at, :now) where id = :id")
                .param("id", groupId).param("now", Timestamp.from(now)).update();
    }

    // ---------------------------------------------------------------- the affected customers of an incident

    /**
     * Adds every customer with an active line of the group's service type on the group's access nodes
     * (those who complained and those who did not) and records when each first called. Repeatable:
     * a ticket on a new node later adds that node's customers.
     */
    public void addAffectedCustomers(String groupId, ServiceType serviceType) {
        jdbc.sql("""
                        insert into linecare.incident_customer (group_id, customer_id, access_node_id, first_call_at)
                        select :group, s.customer_id, min(s.access_node_id),
                               (select min(t.creation_date) from linecare.complaint_group_ticket gt
                                  join linecare.trouble_ticket t on t.id = gt.ticket_id
                                 where gt.group_id = :group and gt.ungrouped_at is null and t.customer_id = s.customer_id)
                          from linecare.subscription s
                         where s.status = 'active' and s.service_type = :service
                           and s.access_node_id in (select gt.access_node_id from """ + ACTIVE_TICKETS + """
                        )
                         group by s.customer_id
                        on conflict (group_id, customer_id)
                        do update set first_call_at = coalesce(incident_customer.first_call_at, excluded.first_call_at)""")
                .param("group", groupId).param("service", serviceType.code()).update();
    }

    public List<Long> affectedCustomers(String groupId) {
        return jdbc.sql("select customer_id from linecare.incident_customer where group_id = :group order by customer_id")
                .param("group", groupId).query(Long.class).list();
    }

    /** Affected customers not yet told that we are checking a suspected incident. */
    public List<Long> customersNotToldOfCheck(String groupId) {
        return jdbc.sql("""
                        select customer_id from linecare.incident_customer
                         where group_id = :group and check_notified_at is null order by customer_id""")
                .param("group", groupId).query(Long.class).list();
    }

    /** Customers told that we were checking (those who hear the all-clear when it was no incident). */
    public List<Long> customersToldOfCheck(String groupId) {
        return jdbc.sql("""
                        select customer_id from linecare.incident_customer
                         where group_id = :group and check_notified_at is not null order by customer_id""")
                .param("group", groupId).query(Long.class).list();
    }

    public void markToldOfCheck(String groupId, long customerId, Instant now) {
        jdbc.sql("""
                        update linecare.incident_customer set check_notified_at = :now, notified_at = coalesce(notified_at, :now)
                         where group_id = :group and customer_id = :customer""")
                .param("group", groupId).param("customer", customerId).param("now", Timestamp.from(now)).update();
    }

    /** Affected customers not yet told this estimate version (new ones, or all of them after a revision). */
    public List<Long> customersToNotify(String groupId, int estimateVersion) {
        return jdbc.sql("""
                        select customer_id from linecare.incident_customer
                         where group_id = :group and (notified_version is null or notified_version < :version)
                         order by customer_id""")
                .param("group", groupId).param("version", estimateVersion).query(Long.class).list();
    }

    public void markNotified(String groupId, long customerId, int estimateVersion, Instant now) {
        jdbc.sql("""
                        update linecare.incident_customer set notified_at = coalesce(notified_at, :now),
                               notified_version = :version
                         where group_id = :group and customer_id = :customer""")
                .param("group", groupId).param("customer", customerId).param("version", estimateVersion)
                .param("now", Timestamp.from(now)).update();
    }

    /** The (tier, big client) pairs among the affected customers: one compensation pass each. */
    public List<Segment> segments(String groupId) {
        return jdbc.sql("""
                        select distinct c.tier, c.big_client from linecare.incident_customer ic
                          join linecare.customer c on c.id = ic.customer_id
                         where ic.group_id = :group order by c.tier, c.big_client""")
                .param("group", groupId)
                .query((rs, row) -> new Segment(rs.getString("tier"), rs.getBoolean("big_client"))).list();
    }

    public List<Long> customersOfSegment(String groupId, Segment segment) {
        return jdbc.sql("""
                        select ic.customer_id from linecare.incident_customer ic
                          join linecare.customer c on c.id = ic.customer_id
                         where ic.group_id = :group and c.tier = :tier and c.big_client = :big
                         order by ic.customer_id""")
                .param("group", groupId).param("tier", segment.tier()).param("big", segment.bigClient())
                .query(Long.class).list();
    }

    public void markCompensated(String groupId, long customerId) {
        jdbc.sql("update linecare.incident_customer set compensated = true where group_id = :group and customer_id = :customer")
                .param("group", groupId).param("customer", customerId).update();
    }

    // ---------------------------------------------------------------- the post-incident report

    public void insertReport(IncidentReport report) {
        jdbc.sql("""
                        insert into linecare.incident_report (group_id, duration_minutes, customers_affected,
                            complaints_received, notified_before_call_pct, compensation_total, customers_compensated,
                            root_cause, written_at)
                        values (:group, :duration, :affected, :complaints, :share, :total, :compensated, :rootCause, :at)
                        on conflict (group_id) do nothing""")
                .param("group", report.groupId()).param("duration", report.durationMinutes())
                .param("affected", report.customersAffected()).param("complaints", report.complaintsReceived())
                .param("share", report.notifiedBeforeCallPct()).param("total", report.compensationTotal())
                .param("compensated", report.customersCompensated()).param("rootCause", report.rootCause())
                .param("at", Timestamp.from(report.writtenAt()))
                .update();
    }

    public Optional<IncidentReport> report(String groupId) {
        return jdbc.sql("select * from linecare.incident_report where group_id = :group")
                .param("group", groupId)
                .query((rs, row) -> new IncidentReport(rs.getString("group_id"), rs.getInt("duration_minutes"),
                        rs.getInt("customers_affected"), rs.getInt("complaints_received"),
                        rs.getBigDecimal("notified_before_call_pct"), rs.getBigDecimal("compensation_total"),
                        rs.getInt("customers_compensated"), rs.getString("root_cause"), instant(rs, "written_at")))
                .optional();
    }

    /** Affected customers, those notified before they called (or who never called), and complaints. */
    public ReportCounts reportCounts(String groupId) {
        return jdbc.sql("""
                        select count(*) as affected,
                               count(*) filter (where notified_at is not null
                                                  and (first_call_at is null or first_call_at > notified_at)) as before_call,
                               (select count(*) from linecare.complaint_group_ticket gt
                                 where gt.group_id = :group and gt.ungrouped_at is null) as complaints
                          from linecare.incident_customer where group_id = :group""")
                .param("group", groupId)
                .query((rs, row) -> new ReportCounts(rs.getInt("affected"), rs.getInt("before_call"), rs.getInt("complaints")))
                .single();
    }

    /** Credits granted under this incident's reference (the compensation paid). */
    public BigDecimal creditsOf(String groupId) {
        return jdbc.sql("select coalesce(sum(amount), 0) from linecare.credit where case_reference = :group")
                .param("group", groupId).query(BigDecimal.class).single();
    }

    public int compensatedCustomers(String groupId) {
        return jdbc.sql("select count(*) from linecare.incident_customer where group_id = :group and compensated")
                .param("group", groupId).query(Integer.class).single();
    }

    private static ComplaintGroup group(ResultSet rs, int row) throws SQLException {
        return new ComplaintGroup(rs.getString("id"), rs.getString("area_id"),
                ServiceType.fromCode(rs.getString("service_type")), GroupState.fromCode(rs.getString("state")),
                rs.getString("merged_into"), instant(rs, "opened_at"), instant(rs, "suspected_at"),
                rs.getString("suspected_reason"), instant(rs, "confirmed_at"), rs.getString("cause"),
                instant(rs, "first_estimate_at"), instant(rs, "estimate_at"), rs.getInt("estimate_version"),
                instant(rs, "resolved_at"), rs.getString("root_cause"), instant(rs, "closed_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /** A ticket of a group, with what the analyst and the threshold need of it. */
    public record GroupTicket(String ticketId, String accessNodeId, Instant joinedAt, boolean joinedConfirmed,
                              long customerId, String customerReference, String lineNumber, Instant reportedAt,
                              String lineStatus, boolean bigClient) {
    }

    /** An access node of a group: complaining lines against all its active lines of the service type. */
    public record NodeLoad(String id, String name, String kind, int complainingLines, int lines) {
    }

    /** Customers of one tier and big-client flag: they share a repair promise and so a compensation. */
    public record Segment(String tier, boolean bigClient) {
    }

    public record ReportCounts(int affected, int notifiedBeforeCall, int complaints) {
    }
}
