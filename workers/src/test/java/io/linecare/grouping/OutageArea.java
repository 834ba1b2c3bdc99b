package io.linecare.grouping;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A network area of its own for one test class: an area, access nodes and customers with one
 * broadband line each, reached by email at any hour, and 14 days of hourly measurements. Other test
 * classes share the database, so a class that counts groups, notices or credits builds its own area
 * instead of relying on the demo ISP's.
 */
public final class OutageArea {

    public record Line(String customerReference, long customerId, String lineNumber, String accessNodeId) {
    }

    private final JdbcClient jdbc;
    private final String areaId;

    public OutageArea(JdbcClient jdbc, String areaId) {
        this.jdbc = jdbc;
        this.areaId = areaId;
        jdbc.sql("""
                        insert into linecare.area (id, city, district, name, working_hours_start, working_hours_end, working_days)
                        values (?, 'Hangzhou', '测试区', ?, '08:00', '20:00', 'MON-SUN')""")
                .params(areaId, "Test area " + areaId).update();
    }

    public String id() {
        return areaId;
    }

    /**
     * Adds an access node with {@code customers} customers on it (the first {@code enterprise} of them
     * enterprise big clients).
     *
     * @param condition the line test every line answers: ok, line-fault, area-outage …
     */
    public List<Line> node(String nodeId, int customers, int enterprise, String condition, boolean remotelyFixable) {
        jdbc.sql("insert into linecare.access_node (id, area_id, name, kind) values (?, ?, ?, 'OLT')")
                .params(nodeId, areaId, "OLT " + nodeId).update();
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < customers; i++) {
            long number = jdbc.sql("select count(*) from linecare.customer where reference like 'CU-9%'")
                    .query(Long.class).single() + 1;
            String reference = String.format("CU-9%05d", number);
            boolean big = i < enterprise;
            long customerId = jdbc.sql("""
                            insert into linecare.customer (reference, full_name, tier, big_client, email, mobile, locale,
                                channel_preference, address, area_id, customer_since)
                            values (?, ?, ?, ?, ?, ?, 'en', 'email', 'Test road 1', ?, ?) returning id""")
                    .params(reference, "Test " + reference, big ? "enterprise" : "standard", big,
                            reference.toLowerCase() + "@example.com", String.format("+86139%08d", number), areaId,
                            LocalDate.of(2022, 1, 1))
                    .query(Long.class).single();
            String lineNumber = "IT-" + nodeId + "-" + String.format("%04d", i + 1);
            long subscriptionId = jdbc.sql("""
                            insert into linecare.subscription (customer_id, service_type, plan_code, line_number,
                                access_node_id, status, started_on)
                            values (?, 'broadband', 'BB-500', ?, ?, 'active', ?) returning id""")
                    .params(customerId, lineNumber, nodeId, LocalDate.of(2022, 1, 1)).query(Long.class).single();
            boolean outage = condition.equals("area-outage");
            jdbc.sql("""
                            insert into linecare.line_condition (subscription_id, status, remotely_fixable, detail, pre_outage_status)
                            values (?, ?, ?, ?, ?)""")
                    .params(subscriptionId, condition, remotelyFixable, "Test line " + condition, outage ? "ok" : null)
                    .update();
            lines.add(new Line(reference, customerId, lineNumber, nodeId));
        }
        return lines;
    }

    /** 14 days of hourly samples at {@code usualMbps}, then the last {@code recentHours} at {@code nowMbps}. */
    public void measurements(double usualMbps, double nowMbps, double nowLossPct, int recentHours) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.HOURS);
        for (int h = 14 * 24; h >= 0; h--) {
            boolean recent = h < recentHours;
            jdbc.sql("insert into linecare.network_measurement values (?, ?, ?, ?) on conflict do nothing")
                    .params(areaId, java.sql.Timestamp.from(now.minus(h, ChronoUnit.HOURS)),
                            recent ? nowMbps : usualMbps, recent ? nowLossPct : 0.2)
                    .update();
        }
    }
}
