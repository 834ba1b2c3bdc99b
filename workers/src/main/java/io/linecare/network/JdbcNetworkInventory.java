package io.linecare.network;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.linecare.customer.ServiceType;

/** {@link NetworkInventory} over the area, access_node, line_condition and network_measurement tables. */
@Repository
public class JdbcNetworkInventory implements NetworkInventory {

    private static final String AREA_COLUMNS =
            "id, city, district, name, time_zone, working_hours_start, working_hours_end, working_days";

    private final JdbcClient jdbc;

    public JdbcNetworkInventory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Area> area(String areaId) {
        return jdbc.sql("select " + AREA_COLUMNS + " from linecare.area where id = :id")
                .param("id", areaId)
                .query(JdbcNetworkInventory::area)
                .optional();
    }

    @Override
    public List<Area> areas() {
        return jdbc.sql("select " + AREA_COLUMNS + " from linecare.area order by id")
                .query(JdbcNetworkInventory::area)
                .list();
    }

    @Override
    public List<AccessNode> accessNodesOf(String areaId) {
        return jdbc.sql("select id, area_id, name, kind from linecare.access_node where area_id = :area order by id")
                .param("area", areaId)
                .query((rs, row) -> new AccessNode(rs.getString("id"), rs.getString("area_id"),
                        rs.getString("name"), AccessNodeKind.valueOf(rs.getString("kind"))))
                .list();
    }

    @Override
    public Optional<LineTestResult> lineTest(long subscriptionId) {
        return jdbc.sql("""
                        select lc.subscription_id, lc.status, lc.remotely_fixable, lc.detail
                          from linecare.line_condition lc
                          join linecare.subscription s on s.id = lc.subscription_id
                         where lc.subscription_id = :id and s.status <> 'cancelled'""")
                .param("id", subscriptionId)
                .query((rs, row) -> new LineTestResult(rs.getLong("subscription_id"),
                        LineStatus.fromCode(rs.getString("status")), rs.getBoolean("remotely_fixable"),
                        rs.getString("detail")))
                .optional();
    }

    @Override
    public List<Measurement> measurements(String areaId, Instant from, Instant to) {
        return jdbc.sql("""
                        select area_id, measured_at, download_mbps, packet_loss_pct
                          from linecare.network_measurement
                         where area_id = :area and measured_at >= :from and measured_at < :to
                         order by measured_at""")
                .param("area", areaId)
                .param("from", utc(from))
                .param("to", utc(to))
                .query((rs, row) -> new Measurement(rs.getString("area_id"),
                        rs.getObject("measured_at", OffsetDateTime.class).toInstant(),
                        rs.getBigDecimal("download_mbps"), rs.getBigDecimal("packet_loss_pct")))
                .list();
    }

    @Override
    public Optional<BigDecimal> medianDownloadMbps(String areaId, Instant until) {
        BigDecimal median = jdbc.sql("""
                        select percentile_cont(0.5) within group (order by download_mbps)::numeric(8, 2)
                          from linecare.network_measurement
                         where area_id = :area and measured_at >= :from and measured_at < :until""")
                .param("area", areaId)
                .param("from", utc(until.minus(MEDIAN_WINDOW)))
                .param("until", utc(until))
                .query(BigDecimal.class)
                .optional()
                .orElse(null);
        return Optional.ofNullable(median);
    }

    @Override
    public int setAreaOutage(String areaId, boolean outage) {
        // the line's own state is parked in pre_outage_* so the end of the outage does not hide a real fault
        String sql = outage ? """
                update linecare.line_condition lc
                   set pre_outage_status = lc.status,
                       pre_outage_remotely_fixable = lc.remotely_fixable,
                       pre_outage_detail = lc.detail,
                       status = 'area-outage',
                       remotely_fixable = false,
                       detail = 'Area outage: no signal from the access node',
                       updated_at = now()
                  from linecare.subscription s
                  join linecare.access_node n on n.id = s.access_node_id
                 where s.id = lc.subscription_id and n.area_id = :area
                   and s.status <> 'cancelled' and lc.status <> 'area-outage'"""
                : """
                update linecare.line_condition lc
                   set status = lc.pre_outage_status,
                       remotely_fixable = lc.pre_outage_remotely_fixable,
                       detail = lc.pre_outage_detail,
                       pre_outage_status = null,
                       pre_outage_remotely_fixable = null,
                       pre_outage_detail = null,
                       updated_at = now()
                  from linecare.subscription s
                  join linecare.access_node n on n.id = s.access_node_id
                 where s.id = lc.subscription_id and n.area_id = :area
                   and lc.status = 'area-outage'""";
        return jdbc.sql(sql).param("area", areaId).update();
    }

    @Override
    public RemoteFixResult fixRemotely(long subscriptionId) {
        Optional<LineToFix> seen = jdbc.sql("""
                        select lc.status, lc.remotely_fixable, lc.detail, s.service_type, s.access_node_id
                          from linecare.line_condition lc
                          join linecare.subscription s on s.id = lc.subscription_id
                         where lc.subscription_id = :id and s.status <> 'cancelled'""")
                .param("id", subscriptionId)
                .query((rs, row) -> new LineToFix(LineStatus.fromCode(rs.getString("status")),
                        rs.getBoolean("remotely_fixable"), rs.getString("detail"),
                        ServiceType.fromCode(rs.getString("service_type")), rs.getString("access_node_id")))
                .optional();
        if (seen.isEmpty()) {
            return new RemoteFixResult(subscriptionId, RemoteFixResult.Outcome.NO_LINE, null,
                    "No testable line for subscription " + subscriptionId);
        }
        LineToFix line = seen.get();
        if (!line.remotelyFixable()) {
            return unfixed(subscriptionId, line);
        }
        RemoteFixAction action = RemoteFixAction.forFault(line.status(), line.serviceType(), line.detail());
        String done = action.describe(line.accessNodeId());
        String detail = "Fixed remotely (" + done + "); line test passed";
        // only the condition we saw is fixed: a concurrent fix or an outage that started meanwhile wins
        int updated = jdbc.sql("""
                        update linecare.line_condition
                           set status = 'ok', remotely_fixable = false, detail = :detail, updated_at = now()
                         where subscription_id = :id and remotely_fixable
                           and status = :status and detail = :seen""")
                .param("id", subscriptionId)
                .param("detail", detail)
                .param("status", line.status().code())
                .param("seen", line.detail())
                .update();
        if (updated == 1) {
            return new RemoteFixResult(subscriptionId, RemoteFixResult.Outcome.FIXED, done, detail);
        }
        return fixRemotely(subscriptionId); // changed under us: answer from what it is now
    }

    private static RemoteFixResult unfixed(long subscriptionId, LineToFix line) {
        RemoteFixResult.Outcome outcome = switch (line.status()) {
            case OK -> RemoteFixResult.Outcome.ALREADY_OK;
            case AREA_OUTAGE -> RemoteFixResult.Outcome.AREA_OUTAGE;
            case LINE_FAULT, CPE_FAULT -> RemoteFixResult.Outcome.NOT_REMOTELY_FIXABLE;
        };
        return new RemoteFixResult(subscriptionId, outcome, null, line.detail());
    }

    private record LineToFix(LineStatus status, boolean remotelyFixable, String detail, ServiceType serviceType,
                             String accessNodeId) {
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static Area area(ResultSet rs, int row) throws SQLException {
        return new Area(
                rs.getString("id"),
                rs.getString("city"),
                rs.getString("district"),
                rs.getString("name"),
                ZoneId.of(rs.getString("time_zone")),
                rs.getObject("working_hours_start", LocalTime.class),
                rs.getObject("working_hours_end", LocalTime.class),
                WorkingDays.fromCode(rs.getString("working_days")));
    }
}
