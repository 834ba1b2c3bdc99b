package io.linecare.repair.ticket;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.linecare.customer.ServiceType;

/** The {@code linecare.trouble_ticket*} tables. */
@Repository
public class TroubleTicketRepository {

    private static final String COLUMNS = """
            t.id, t.name, t.description, t.severity, t.ticket_type, t.channel, t.customer_id,
            t.customer_reference, t.subscription_id, t.line_number, t.service_type, t.area_id, t.created_by,
            t.creation_date, t.last_update, t.transfers, t.satisfaction_score, t.satisfaction_comment""";

    private static final String CURRENT_STATUS = """
            (select sc.status from linecare.trouble_ticket_status_change sc
              where sc.ticket_id = t.id order by sc.id desc limit 1)""";

    private final JdbcClient jdbc;

    public TroubleTicketRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The next counter for {@link TicketReference#of(int, long)}. */
    public long nextNumber() {
        return jdbc.sql("select nextval('linecare.trouble_ticket_number_seq')").query(Long.class).single();
    }

    public void insert(Ticket ticket) {
        jdbc.sql("""
                        insert into linecare.trouble_ticket (id, name, description, severity, ticket_type, channel,
                            customer_id, customer_reference, subscription_id, line_number, service_type, area_id,
                            created_by, creation_date, last_update, transfers, satisfaction_score, satisfaction_comment)
                        values (:id, :name, :description, :severity, :ticketType, :channel,
                            :customerId, :customerReference, :subscriptionId, :lineNumber, :serviceType, :areaId,
                            :createdBy, :creationDate, :lastUpdate, :transfers, :satisfactionScore, :satisfactionComment)""")
                .param("id", ticket.id())
                .param("name", ticket.name())
                .param("description", ticket.description())
                .param("severity", ticket.severity().code())
                .param("ticketType", ticket.ticketType().code())
                .param("channel", ticket.channel().code())
                .param("customerId", ticket.customerId())
                .param("customerReference", ticket.customerReference())
                .param("subscriptionId", ticket.subscriptionId())
                .param("lineNumber", ticket.lineNumber())
                .param("serviceType", ticket.serviceType().code())
                .param("areaId", ticket.areaId())
                .param("createdBy", ticket.createdBy())
                .param("creationDate", Timestamp.from(ticket.creationDate()))
                .param("lastUpdate", Timestamp.from(ticket.lastUpdate()))
                .param("transfers", ticket.transfers())
                .param("satisfactionScore", ticket.satisfactionScore())
                .param("satisfactionComment", ticket.satisfactionComment())
                .update();
    }

    /** The ticket an intake (e.g. one report-fault instance) already opened, if any. */
    public Optional<Ticket> findByIntakeKey(String intakeKey) {
        return jdbc.sql("select " + COLUMNS + " from linecare.trouble_ticket t where t.intake_key = :key")
                .param("key", intakeKey)
                .query(TroubleTicketRepository::ticket).optional();
    }

    /** Marks the ticket as opened by this intake; a second ticket for the same intake violates the unique key. */
    public void recordIntakeKey(String ticketId, String intakeKey) {
        jdbc.sql("update linecare.trouble_ticket set intake_key = :key where id = :id")
                .param("key", intakeKey).param("id", ticketId).update();
    }

    public Optional<Ticket> find(String id) {
        return jdbc.sql("select " + COLUMNS + " from linecare.trouble_ticket t where t.id = :id")
                .param("id", id)
                .query(TroubleTicketRepository::ticket)
                .optional();
    }

    /** Locks the ticket row until the transaction ends, so status changes of one ticket queue up. */
    public boolean lock(String id) {
        return jdbc.sql("select id from linecare.trouble_ticket where id = :id for update")
                .param("id", id).query(String.class).optional().isPresent();
    }

    /** Newest first. */
    public List<Ticket> search(TicketFilter filter, int offset, int limit) {
        StringBuilder sql = new StringBuilder("select " + COLUMNS + " from linecare.trouble_ticket t");
        Map<String, Object> params = where(filter, sql);
        sql.append(" order by t.creation_date desc, t.id desc offset :offset limit :limit");
        params.put("offset", offset);
        params.put("limit", limit);
        return jdbc.sql(sql.toString()).params(params).query(TroubleTicketRepository::ticket).list();
    }

    public long count(TicketFilter filter) {
        StringBuilder sql = new StringBuilder("select count(*) from linecare.trouble_ticket t");
        Map<String, Object> params = where(filter, sql);
        return jdbc.sql(sql.toString()).params(params).query(Long.class).single();
    }

    private static Map<String, Object> where(TicketFilter filter, StringBuilder sql) {
        Map<String, Object> params = new LinkedHashMap<>();
        List<String> conditions = new ArrayList<>();
        if (filter.status() != null) {
            conditions.add(CURRENT_STATUS + " = :status");
            params.put("status", filter.status().code());
        }
        if (filter.customerReference() != null) {
            conditions.add("t.customer_reference = :customerReference");
            params.put("customerReference", filter.customerReference());
        }
        if (filter.severity() != null) {
            conditions.add("t.severity = :severity");
            params.put("severity", filter.severity().code());
        }
        if (!conditions.isEmpty()) {
            sql.append(" where ").append(String.join(" and ", conditions));
        }
        return params;
    }

    public void updateSeverity(String id, Severity severity, Instant at) {
        jdbc.sql("update linecare.trouble_ticket set severity = :severity, last_update = :at where id = :id")
                .param("severity", severity.code()).param("at", Timestamp.from(at)).param("id", id).update();
    }

    public void touch(String id, Instant at) {
        jdbc.sql("update linecare.trouble_ticket set last_update = greatest(last_update, :at) where id = :id")
                .param("at", Timestamp.from(at)).param("id", id).update();
    }

    public long addNote(String ticketId, String author, String text, Instant at) {
        return jdbc.sql("""
                        insert into linecare.trouble_ticket_note (ticket_id, author, text, date)
                        values (:ticketId, :author, :text, :at) returning id""")
                .param("ticketId", ticketId).param("author", author).param("text", text)
                .param("at", Timestamp.from(at))
                .query(Long.class).single();
    }

    /** Notes of these tickets, oldest first, by ticket id. */
    public Map<String, List<TicketNote>> notes(Collection<String> ticketIds) {
        Map<String, List<TicketNote>> byTicket = new LinkedHashMap<>();
        if (ticketIds.isEmpty()) {
            return byTicket;
        }
        jdbc.sql("""
                        select id, ticket_id, author, text, date from linecare.trouble_ticket_note
                         where ticket_id in (:ids) order by id""")
                .param("ids", List.copyOf(ticketIds))
                .query((rs, row) -> new TicketNote(rs.getLong("id"), rs.getString("ticket_id"), rs.getString("author"),
                        rs.getString("text"), instant(rs, "date")))
                .list()
                .forEach(note -> byTicket.computeIfAbsent(note.ticketId(), id -> new ArrayList<>()).add(note));
        return byTicket;
    }

    public void addStatusChange(StatusChange change) {
        jdbc.sql("""
                        insert into linecare.trouble_ticket_status_change (ticket_id, status, reason, change_date)
                        values (:ticketId, :status, :reason, :at)""")
                .param("ticketId", change.ticketId()).param("status", change.status().code())
                .param("reason", change.reason()).param("at", Timestamp.from(change.changeDate()))
                .update();
    }

    public Optional<TicketStatus> currentStatus(String ticketId) {
        return jdbc.sql("""
                        select status from linecare.trouble_ticket_status_change
                         where ticket_id = :id order by id desc limit 1""")
                .param("id", ticketId).query(String.class).optional()
                .map(TroubleTicketRepository::status);
    }

    /** Status histories of these tickets, oldest first, by ticket id. */
    public Map<String, List<StatusChange>> statusChanges(Collection<String> ticketIds) {
        Map<String, List<StatusChange>> byTicket = new LinkedHashMap<>();
        if (ticketIds.isEmpty()) {
            return byTicket;
        }
        jdbc.sql("""
                        select ticket_id, status, reason, change_date from linecare.trouble_ticket_status_change
                         where ticket_id in (:ids) order by id""")
                .param("ids", List.copyOf(ticketIds))
                .query((rs, row) -> new StatusChange(rs.getString("ticket_id"), status(rs.getString("status")),
                        rs.getString("reason"), instant(rs, "change_date")))
                .list()
                .forEach(change -> byTicket.computeIfAbsent(change.ticketId(), id -> new ArrayList<>()).add(change));
        return byTicket;
    }

    /** The area of the access node a line hangs on, if the inventory knows the node. */
    public Optional<String> areaOfAccessNode(String accessNodeId) {
        return jdbc.sql("select area_id from linecare.access_node where id = :id")
                .param("id", accessNodeId).query(String.class).optional();
    }

    private static TicketStatus status(String code) {
        return TicketStatus.fromCode(code)
                .orElseThrow(() -> new IllegalStateException("Unknown ticket status in the database: " + code));
    }

    static Ticket ticket(ResultSet rs, int row) throws SQLException {
        return new Ticket(
                rs.getString("id"),
                rs.getString("name"),
                rs.getString("description"),
                Severity.fromCode(rs.getString("severity")).orElseThrow(),
                TicketType.fromCode(rs.getString("ticket_type")).orElseThrow(),
                IntakeChannel.fromCode(rs.getString("channel")).orElseThrow(),
                rs.getLong("customer_id"),
                rs.getString("customer_reference"),
                rs.getLong("subscription_id"),
                rs.getString("line_number"),
                ServiceType.fromCode(rs.getString("service_type")),
                rs.getString("area_id"),
                rs.getString("created_by"),
                instant(rs, "creation_date"),
                instant(rs, "last_update"),
                rs.getInt("transfers"),
                rs.getObject("satisfaction_score", Integer.class),
                rs.getString("satisfaction_comment"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
