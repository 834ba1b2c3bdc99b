package io.linecare.dispute;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The billing_dispute tables (V8). */
@Repository
public class DisputeRepository {

    private static final String DISPUTE_COLUMNS = """
            id, customer_id, customer_reference, bill_id, bill_reference, reason, channel, disputed_amount, status,
            created_by, created_at, decision_by, regulatory_decision_by, closed_at""";

    private final JdbcClient jdbc;

    public DisputeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long nextNumber() {
        return jdbc.sql("select nextval('linecare.billing_dispute_number_seq')").query(Long.class).single();
    }

    public void insert(Dispute dispute, List<DisputeLine> lines) {
        jdbc.sql("""
                        insert into linecare.billing_dispute (id, customer_id, customer_reference, bill_id, bill_reference,
                               reason, channel, disputed_amount, status, created_by, created_at, decision_by, regulatory_decision_by)
                        values (:id, :customer, :customerReference, :bill, :billReference, :reason, :channel, :amount, :status,
                                :createdBy, :createdAt, :decisionBy, :regulatory)""")
                .param("id", dispute.id()).param("customer", dispute.customerId())
                .param("customerReference", dispute.customerReference()).param("bill", dispute.billId())
                .param("billReference", dispute.billReference()).param("reason", dispute.reason())
                .param("channel", dispute.channel()).param("amount", dispute.disputedAmount())
                .param("status", dispute.status()).param("createdBy", dispute.createdBy())
                .param("createdAt", utc(dispute.createdAt())).param("decisionBy", utc(dispute.decisionBy()))
                .param("regulatory", utc(dispute.regulatoryDecisionBy()))
                .update();
        for (DisputeLine line : lines) {
            jdbc.sql("insert into linecare.billing_dispute_line (dispute_id, bill_line_id, disputed_amount) values (:id, :line, :amount)")
                    .param("id", dispute.id()).param("line", line.billLineId()).param("amount", line.amount())
                    .update();
        }
    }

    /** The dispute an intake process opened, if it opened one. */
    public Optional<Dispute> findByIntakeKey(String intakeKey) {
        return jdbc.sql("select " + DISPUTE_COLUMNS + " from linecare.billing_dispute where intake_key = :key")
                .param("key", intakeKey).query(DisputeRepository::mapDispute).optional();
    }

    /** Marks the dispute as opened by this intake; a second dispute for the same intake violates the unique key. */
    public void recordIntakeKey(String id, String intakeKey) {
        jdbc.sql("update linecare.billing_dispute set intake_key = :key where id = :id")
                .param("key", intakeKey).param("id", id).update();
    }

    public Optional<Dispute> find(String id) {
        return jdbc.sql("select " + DISPUTE_COLUMNS + " from linecare.billing_dispute where id = :id")
                .param("id", id).query(DisputeRepository::mapDispute).optional();
    }

    /** Locks the dispute row for the rest of the transaction; false when there is no such dispute. */
    public boolean lock(String id) {
        return jdbc.sql("select id from linecare.billing_dispute where id = :id for update")
                .param("id", id).query(String.class).optional().isPresent();
    }

    public List<DisputeLine> lines(String id) {
        return jdbc.sql("select bill_line_id, disputed_amount from linecare.billing_dispute_line where dispute_id = :id order by bill_line_id")
                .param("id", id)
                .query((rs, row) -> new DisputeLine(rs.getLong("bill_line_id"), rs.getBigDecimal("disputed_amount")))
                .list();
    }

    /** The bill lines among {@code lineIds} that are in an open dispute already. */
    public List<Long> openlyDisputed(List<Long> lineIds) {
        if (lineIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select bill_line_id from linecare.billing_dispute_line where open and bill_line_id in (:lines) order by 1")
                .param("lines", lineIds).query(Long.class).list();
    }

    /** The customer's disputes created since {@code since}. */
    public int disputesSince(long customerId, Instant since) {
        return jdbc.sql("select count(*) from linecare.billing_dispute where customer_id = :customer and created_at >= :since")
                .param("customer", customerId).param("since", utc(since)).query(Integer.class).single();
    }

    /** The decisions in the order the flow makes them (the last one is final). */
    public List<Decision> decisions(String id) {
        return jdbc.sql("""
                        select dispute_id, stage, decided_by, decision, credit_amount, reason, decided_at
                          from linecare.billing_dispute_decision where dispute_id = :id
                         order by case stage when 'auto' then 0 when 'review' then 1 when 'manager' then 2
                                             when 'approval' then 3 else 4 end""")
                .param("id", id)
                .query((rs, row) -> new Decision(rs.getString("dispute_id"), DecisionStage.fromCode(rs.getString("stage")),
                        rs.getString("decided_by"), rs.getString("decision"), rs.getBigDecimal("credit_amount"),
                        rs.getString("reason"), instant(rs, "decided_at")))
                .list();
    }

    public void insertDecision(Decision decision) {
        jdbc.sql("""
                        insert into linecare.billing_dispute_decision (dispute_id, stage, decided_by, decision, credit_amount, reason, decided_at)
                        values (:id, :stage, :by, :decision, :amount, :reason, :at)""")
                .param("id", decision.disputeId()).param("stage", decision.stage().code())
                .param("by", decision.decidedBy()).param("decision", decision.decision())
                .param("amount", decision.creditAmount()).param("reason", decision.reason())
                .param("at", utc(decision.decidedAt()))
                .update();
    }

    public Optional<Appeal> appeal(String id) {
        return jdbc.sql("select dispute_id, reason, appealed_at, decide_by from linecare.billing_dispute_appeal where dispute_id = :id")
                .param("id", id)
                .query((rs, row) -> new Appeal(rs.getString("dispute_id"), rs.getString("reason"),
                        instant(rs, "appealed_at"), instant(rs, "decide_by")))
                .optional();
    }

    public void insertAppeal(Appeal appeal) {
        jdbc.sql("insert into linecare.billing_dispute_appeal (dispute_id, reason, appealed_at, decide_by) values (:id, :reason, :at, :by)")
                .param("id", appeal.disputeId()).param("reason", appeal.reason())
                .param("at", utc(appeal.appealedAt())).param("by", utc(appeal.decideBy()))
                .update();
    }

    public void updateStatus(String id, String status) {
        jdbc.sql("update linecare.billing_dispute set status = :status where id = :id")
                .param("status", status).param("id", id).update();
    }

    /** Closes the dispute and frees its lines for a later dispute. */
    public void close(String id, Instant at) {
        jdbc.sql("update linecare.billing_dispute set status = 'closed', closed_at = :at where id = :id and closed_at is null")
                .param("at", utc(at)).param("id", id).update();
        jdbc.sql("update linecare.billing_dispute_line set open = false where dispute_id = :id")
                .param("id", id).update();
    }

    private static Dispute mapDispute(ResultSet rs, int row) throws SQLException {
        return new Dispute(rs.getString("id"), rs.getLong("customer_id"), rs.getString("customer_reference"),
                rs.getLong("bill_id"), rs.getString("bill_reference"), rs.getString("reason"), rs.getString("channel"),
                rs.getBigDecimal("disputed_amount"), rs.getString("status"), rs.getString("created_by"),
                instant(rs, "created_at"), instant(rs, "decision_by"), instant(rs, "regulatory_decision_by"),
                instant(rs, "closed_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2, java.math.RoundingMode.HALF_UP);
    }
}
