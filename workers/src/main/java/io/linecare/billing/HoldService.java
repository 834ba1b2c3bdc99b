package io.linecare.billing;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Puts the disputed lines of a billing dispute on hold and ends the hold again (TMF678: the bill is
 * {@code onHold} while any hold on it is active). Dunning reads {@link #dunnableAmount}: the bill's
 * total minus what is held, so only the disputed amount is left alone.
 *
 * <p>Both steps are idempotent per case: one hold per dispute (unique key), and settling a hold that
 * is no longer active changes nothing, so retried tasks are harmless. The bill row is locked first,
 * so two disputes on one bill agree on its state.
 */
@Service
public class HoldService {

    private static final Logger log = LoggerFactory.getLogger(HoldService.class);

    private static final String HOLD_COLUMNS = """
            id, dispute_id, bill_id, amount, previous_bill_state, status, converted_amount, created_at, settled_at""";

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public HoldService(JdbcClient jdbc, PlatformTransactionManager transactionManager, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /**
     * Holds the disputed amount of every line of the dispute.
     *
     * @throws IllegalArgumentException when the dispute has no lines (it does not exist)
     */
    public BillHold hold(String caseReference) {
        return transaction.execute(status -> {
            Optional<BillHold> earlier = find(caseReference);
            if (earlier.isPresent()) {
                return earlier.get();
            }
            List<DisputedCharge> lines = disputedCharges(caseReference);
            if (lines.isEmpty()) {
                throw new IllegalArgumentException("Dispute " + caseReference + " has no disputed lines to hold");
            }
            long billId = lines.get(0).billId();
            BillState billState = lockBill(billId);
            // the bill may be held already by another dispute: it returns to what it was before that one
            BillState previous = billState == BillState.ON_HOLD
                    ? jdbc.sql("""
                                    select previous_bill_state from linecare.bill_hold
                                     where bill_id = :bill and status = 'active' order by id limit 1""")
                            .param("bill", billId).query(String.class).optional().map(BillState::fromCode)
                            .orElse(BillState.SENT)
                    : billState;
            BigDecimal amount = lines.stream().map(DisputedCharge::disputedAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
            Instant now = clock.instant();
            jdbc.sql("""
                            insert into linecare.bill_hold (dispute_id, bill_id, amount, previous_bill_state, status, created_at)
                            values (:case, :bill, :amount, :previous, 'active', :now)""")
                    .param("case", caseReference).param("bill", billId).param("amount", amount)
                    .param("previous", previous.code()).param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                    .update();
            jdbc.sql("""
                            update linecare.bill_line set on_hold = true
                             where id in (select bill_line_id from linecare.billing_dispute_line where dispute_id = :case)""")
                    .param("case", caseReference).update();
            jdbc.sql("update linecare.bill set state = 'onHold' where id = :bill").param("bill", billId).update();
            log.info("Held {} CNY on bill {} for {}", amount, billId, caseReference);
            return find(caseReference).orElseThrow();
        });
    }

    /**
     * Ends the hold: {@code credited} of it became a credit (converted), the rest is owed again
     * (released; dunning resumes for it). The lines leave hold; the bill returns to its earlier state
     * when no other hold on it is active. Settling an ended hold changes nothing.
     *
     * @return the hold as it is now; empty when the case never held anything
     */
    public Optional<BillHold> settle(String caseReference, BigDecimal credited) {
        if (credited == null || credited.signum() < 0) {
            throw new IllegalArgumentException("The credited part of a hold must be 0 or more, was " + credited);
        }
        return transaction.execute(status -> {
            Optional<BillHold> current = find(caseReference);
            if (current.isEmpty() || !current.get().isActive()) {
                return current;
            }
            BillHold hold = current.get();
            lockBill(hold.billId());
            BigDecimal converted = credited.min(hold.amount()).setScale(2, java.math.RoundingMode.HALF_UP);
            BillHold.Status outcome = converted.signum() == 0 ? BillHold.Status.RELEASED
                    : converted.compareTo(hold.amount()) == 0 ? BillHold.Status.CONVERTED
                    : BillHold.Status.PARTLY_CONVERTED;
            jdbc.sql("""
                            update linecare.bill_hold set status = :status, converted_amount = :converted, settled_at = :now
                             where id = :id""")
                    .param("status", outcome.code()).param("converted", converted)
                    .param("now", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)).param("id", hold.id())
                    .update();
            jdbc.sql("""
                            update linecare.bill_line set on_hold = false
                             where id in (select bill_line_id from linecare.billing_dispute_line where dispute_id = :case)""")
                    .param("case", caseReference).update();
            boolean otherHolds = jdbc.sql("select count(*) from linecare.bill_hold where bill_id = :bill and status = 'active'")
                    .param("bill", hold.billId()).query(Long.class).single() > 0;
            if (!otherHolds) {
                jdbc.sql("update linecare.bill set state = :state where id = :bill")
                        .param("state", hold.previousBillState().code()).param("bill", hold.billId()).update();
            }
            log.info("Hold of {} on bill {} {} ({} CNY converted)", caseReference, hold.billId(), outcome.code(), converted);
            return find(caseReference);
        });
    }

    public Optional<BillHold> find(String caseReference) {
        return jdbc.sql("select " + HOLD_COLUMNS + " from linecare.bill_hold where dispute_id = :case")
                .param("case", caseReference)
                .query(HoldService::mapHold)
                .optional();
    }

    /** What dunning may chase on the bill: its total minus every active hold. */
    public BigDecimal dunnableAmount(long billId) {
        return jdbc.sql("""
                        select b.total - coalesce((select sum(h.amount) from linecare.bill_hold h
                                                    where h.bill_id = b.id and h.status = 'active'), 0)
                          from linecare.bill b where b.id = :bill""")
                .param("bill", billId).query(BigDecimal.class).single();
    }

    /** The lines a dispute names, with the bill line's own data. */
    public List<DisputedCharge> disputedCharges(String caseReference) {
        return jdbc.sql("""
                        select l.id, l.bill_id, l.subscription_id, l.kind, l.description, l.amount, d.disputed_amount
                          from linecare.billing_dispute_line d join linecare.bill_line l on l.id = d.bill_line_id
                         where d.dispute_id = :case order by l.id""")
                .param("case", caseReference)
                .query((rs, row) -> new DisputedCharge(rs.getLong("id"), rs.getLong("bill_id"),
                        rs.getObject("subscription_id", Long.class), BillLineKind.fromCode(rs.getString("kind")),
                        rs.getString("description"), rs.getBigDecimal("amount"), rs.getBigDecimal("disputed_amount")))
                .list();
    }

    private BillState lockBill(long billId) {
        return BillState.fromCode(jdbc.sql("select state from linecare.bill where id = :bill for update")
                .param("bill", billId).query(String.class).single());
    }

    private static BillHold mapHold(ResultSet rs, int row) throws SQLException {
        OffsetDateTime settled = rs.getObject("settled_at", OffsetDateTime.class);
        return new BillHold(rs.getLong("id"), rs.getString("dispute_id"), rs.getLong("bill_id"), rs.getBigDecimal("amount"),
                BillState.fromCode(rs.getString("previous_bill_state")), BillHold.Status.fromCode(rs.getString("status")),
                rs.getBigDecimal("converted_amount"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                settled == null ? null : settled.toInstant());
    }
}
