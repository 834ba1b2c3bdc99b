package io.linecare.retention;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

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
        return jdbc.sql(SELECT + " where customer_id = ? and status in ('open', 'appealed') order by created_at, id")
                .param(customerId).query(OpenDisputes::map).list();
    }

    /** The dispute if it is still open (or appealed): empty once it is decided, closed or unknown. */
    public Optional<OpenCase> stillOpen(String disputeId) {
        return jdbc.sql(SELECT + " where id = ? and status in ('open', 'appealed')")
                .param(disputeId).query(OpenDisputes::map).optional();
    }

    private static final String SELECT = "select id, bill_reference, disputed_amount, status from linecare.billing_dispute";

    private static OpenCase map(ResultSet rs, int row) throws SQLException {
        return new OpenCase(OpenCase.DISPUTE, rs.getString("id"), "bill " + rs.getString("bill_reference")
                + ", CNY " + rs.getBigDecimal("disputed_amount").toPlainString() + " disputed (" + rs.getString("status") + ")");
    }
}
