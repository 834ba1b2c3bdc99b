package io.linecare.billing;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.linecare.customer.ServiceType;

/** {@link BillingSystem} over the bill, bill_line, usage_record, price_plan and price_change tables. */
@Repository
public class JdbcBillingSystem implements BillingSystem {

    private static final String BILL_SELECT = """
            select id, customer_id, reference, period_start, period_end, issued_on, due_on, total, state
              from linecare.bill""";

    private static final String CREDIT_COLUMNS = """
            id, customer_id, case_reference, idempotency_key, credit_type, amount, free_days, reason, bill_line_id,
            created_at""";

    private final JdbcClient jdbc;

    public JdbcBillingSystem(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Bill> billsOf(long customerId) {
        return jdbc.sql(BILL_SELECT + " where customer_id = :customer order by period_start desc")
                .param("customer", customerId)
                .query(JdbcBillingSystem::mapBill)
                .list();
    }

    @Override
    public Optional<Bill> bill(long billId) {
        return jdbc.sql(BILL_SELECT + " where id = :id")
                .param("id", billId)
                .query(JdbcBillingSystem::mapBill)
                .optional();
    }

    @Override
    public List<BillLine> linesOf(long billId) {
        return jdbc.sql("""
                        select id, bill_id, subscription_id, kind, description, amount, on_hold
                          from linecare.bill_line where bill_id = :bill order by id""")
                .param("bill", billId)
                .query((rs, row) -> new BillLine(rs.getLong("id"), rs.getLong("bill_id"),
                        rs.getObject("subscription_id", Long.class), BillLineKind.fromCode(rs.getString("kind")),
                        rs.getString("description"), rs.getBigDecimal("amount"), rs.getBoolean("on_hold")))
                .list();
    }

    @Override
    public List<UsageRecord> usageOf(long subscriptionId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select id, subscription_id, day, kind, quantity, amount
                          from linecare.usage_record
                         where subscription_id = :subscription and day between :from and :to
                         order by day, kind""")
                .param("subscription", subscriptionId)
                .param("from", from)
                .param("to", to)
                .query((rs, row) -> new UsageRecord(rs.getLong("id"), rs.getLong("subscription_id"),
                        rs.getObject("day", LocalDate.class), UsageKind.fromCode(rs.getString("kind")),
                        rs.getBigDecimal("quantity"), rs.getBigDecimal("amount")))
                .list();
    }

    @Override
    public Optional<PricePlan> pricePlan(String code) {
        return jdbc.sql("""
                        select code, service_type, name, monthly_price, download_mbps
                          from linecare.price_plan where code = :code""")
                .param("code", code)
                .query((rs, row) -> new PricePlan(rs.getString("code"),
                        ServiceType.fromCode(rs.getString("service_type")), rs.getString("name"),
                        rs.getBigDecimal("monthly_price"), rs.getObject("download_mbps", Integer.class)))
                .optional();
    }

    @Override
    public List<PriceChange> priceChanges(String planCode) {
        return jdbc.sql("""
                        select id, plan_code, effective_from, old_price, new_price, announced_on
                          from linecare.price_change where plan_code = :plan order by effective_from""")
                .param("plan", planCode)
                .query((rs, row) -> new PriceChange(rs.getLong("id"), rs.getString("plan_code"),
                        rs.getObject("effective_from", LocalDate.class), rs.getBigDecimal("old_price"),
                        rs.getBigDecimal("new_price"), rs.getObject("announced_on", LocalDate.class)))
                .list();
    }

    @Override
    public Optional<Bill> nextOpenBill(long customerId) {
        return jdbc.sql(BILL_SELECT + " where customer_id = :customer and state = 'new' order by period_start limit 1")
                .param("customer", customerId)
                .query(JdbcBillingSystem::mapBill)
                .optional();
    }

    @Override
    public Optional<Credit> insertCreditIfAbsent(NewCredit credit) {
        return jdbc.sql("""
                        insert into linecare.credit
                               (customer_id, case_reference, idempotency_key, credit_type, amount, free_days, reason)
                        values (:customer, :case, :key, :type, :amount, :freeDays, :reason)
                        on conflict (idempotency_key) do nothing
                        returning\s""" + CREDIT_COLUMNS)
                .param("customer", credit.customerId())
                .param("case", credit.caseReference())
                .param("key", credit.idempotencyKey())
                .param("type", credit.type().code())
                .param("amount", credit.amount())
                .param("freeDays", credit.freeDays())
                .param("reason", credit.reason())
                .query(JdbcBillingSystem::mapCredit)
                .optional();
    }

    @Override
    public Optional<Credit> creditByIdempotencyKey(String idempotencyKey) {
        return jdbc.sql("select " + CREDIT_COLUMNS + " from linecare.credit where idempotency_key = :key")
                .param("key", idempotencyKey)
                .query(JdbcBillingSystem::mapCredit)
                .optional();
    }

    @Override
    public List<Credit> creditsFor(String caseReference) {
        return jdbc.sql("select " + CREDIT_COLUMNS + " from linecare.credit where case_reference = :case order by id")
                .param("case", caseReference)
                .query(JdbcBillingSystem::mapCredit)
                .list();
    }

    @Override
    public BillLine addCreditLine(long billId, Credit credit) {
        BigDecimal amount = credit.amount().negate();
        long lineId = jdbc.sql("""
                        insert into linecare.bill_line (bill_id, subscription_id, kind, description, amount)
                        values (:bill, null, 'credit', :description, :amount)
                        returning id""")
                .param("bill", billId)
                .param("description", credit.reason())
                .param("amount", amount)
                .query(Long.class)
                .single();
        jdbc.sql("update linecare.bill set total = total + :amount where id = :bill")
                .param("amount", amount)
                .param("bill", billId)
                .update();
        jdbc.sql("update linecare.credit set bill_line_id = :line where id = :credit")
                .param("line", lineId)
                .param("credit", credit.id())
                .update();
        return new BillLine(lineId, billId, null, BillLineKind.CREDIT, credit.reason(), amount, false);
    }

    private static Credit mapCredit(ResultSet rs, int row) throws SQLException {
        return new Credit(rs.getLong("id"), rs.getLong("customer_id"), rs.getString("case_reference"),
                rs.getString("idempotency_key"), CreditType.fromCode(rs.getString("credit_type")),
                rs.getBigDecimal("amount"), rs.getInt("free_days"), rs.getString("reason"),
                rs.getObject("bill_line_id", Long.class),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }

    private static Bill mapBill(ResultSet rs, int row) throws SQLException {
        return new Bill(rs.getLong("id"), rs.getLong("customer_id"), rs.getString("reference"),
                rs.getObject("period_start", LocalDate.class), rs.getObject("period_end", LocalDate.class),
                rs.getObject("issued_on", LocalDate.class), rs.getObject("due_on", LocalDate.class),
                rs.getBigDecimal("total"), BillState.fromCode(rs.getString("state")));
    }
}
