package io.linecare.retention;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Open fault-repair tickets: the latest status is not resolved, closed, cancelled or rejected. */
@Component
public class OpenFaults implements OpenCases {

    private final JdbcClient jdbc;

    public OpenFaults(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<OpenCase> openCasesOf(long customerId) {
        return jdbc.sql("""
                        select t.id, t.name, s.status
                        from linecare.trouble_ticket t
                        join lateral (select status from linecare.trouble_ticket_status_change c
                                      where c.ticket_id = t.id order by c.id desc limit 1) s on true
                        where t.customer_id = ? and s.status in ('acknowledged', 'inProgress', 'pending', 'held')
                        order by t.creation_date, t.id""")
                .param(customerId)
                .query((rs, row) -> new OpenCase(OpenCase.FAULT, rs.getString("id"),
                        rs.getString("name") + " (" + rs.getString("status") + ")"))
                .list();
    }
}
