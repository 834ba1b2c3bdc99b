package io.linecare.retention;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Billing disputes still being decided or appealed ({@code billing_dispute.status} open or appealed).
 * A dispute that is decided and only appealable is no longer work of ours, so it does not count.
 */
@Component
public class OpenDisputes implements OpenCases {

    private final JdbcClient jdbc;

    public OpenDisputes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<OpenCase> openCasesOf(long customerId) {
        return jdbc.sql("""
                        select id, bill_reference, disputed_amount, status from linecare.billing_dispute
                        where customer_id = ? and status in ('open', 'appealed') order by created_at, id""")
                .param(customerId)
                .query((rs, row) -> new OpenCase(OpenCase.DISPUTE, rs.getString("id"), "bill " + rs.getString("bill_reference")
                        + ", CNY " + rs.getBigDecimal("disputed_amount").toPlainString() + " disputed (" + rs.getString("status") + ")"))
                .list();
    }
}
