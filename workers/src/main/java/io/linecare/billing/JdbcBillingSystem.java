package io.linecare.billing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
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

    private static Bill mapBill(ResultSet rs, int row) throws SQLException {
        return new Bill(rs.getLong("id"), rs.getLong("customer_id"), rs.getString("reference"),
                rs.getObject("period_start", LocalDate.class), rs.getObject("period_end", LocalDate.class),
                rs.getObject("issued_on", LocalDate.class), rs.getObject("due_on", LocalDate.class),
                rs.getBigDecimal("total"), BillState.fromCode(rs.getString("state")));
    }
}
