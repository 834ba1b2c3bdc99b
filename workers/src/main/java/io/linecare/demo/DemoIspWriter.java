package io.linecare.demo;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ParameterizedPreparedStatementSetter;

import io.linecare.customer.Customer;
import io.linecare.network.Measurement;
import io.linecare.workforce.Shift;
import io.linecare.workforce.Skill;
import io.linecare.workforce.Technician;

/**
 * Writes demo rows with JDBC batches (one round trip per few hundred rows, not per row), with
 * typed setters so the driver never has to ask the server for parameter types. Runs inside the
 * caller's transaction.
 */
class DemoIspWriter {

    private static final int BATCH = 1000;
    private static final int BULK = 10_000;

    /** Tables whose ids the generator assigns; their identities must continue after the seed. */
    private static final List<String> ASSIGNED_ID_TABLES =
            List.of("price_change", "customer", "subscription", "bill", "bill_line", "usage_record");

    private final JdbcTemplate jdbc;

    DemoIspWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the whole static data set; the tables are expected empty (no conflict handling on purpose). */
    void insert(DemoIsp isp) {
        batch("""
                insert into linecare.area (id, city, district, name, time_zone, working_hours_start, working_hours_end,
                                           working_days) values (?, ?, ?, ?, ?, ?, ?, ?)""",
                isp.areas(), (ps, a) -> {
                    ps.setString(1, a.id());
                    ps.setString(2, a.city());
                    ps.setString(3, a.district());
                    ps.setString(4, a.name());
                    ps.setString(5, a.timeZone().getId());
                    ps.setObject(6, a.workingHoursStart());
                    ps.setObject(7, a.workingHoursEnd());
                    ps.setString(8, a.workingDays().code());
                });
        batch("insert into linecare.access_node (id, area_id, name, kind) values (?, ?, ?, ?)",
                isp.accessNodes(), (ps, n) -> {
                    ps.setString(1, n.id());
                    ps.setString(2, n.areaId());
                    ps.setString(3, n.name());
                    ps.setString(4, n.kind().name());
                });
        batch("""
                insert into linecare.price_plan (code, service_type, name, monthly_price, download_mbps)
                values (?, ?, ?, ?, ?)""",
                isp.pricePlans(), (ps, p) -> {
                    ps.setString(1, p.code());
                    ps.setString(2, p.serviceType().code());
                    ps.setString(3, p.name());
                    ps.setBigDecimal(4, p.monthlyPrice());
                    setNullable(ps, 5, p.downloadMbps(), Types.INTEGER);
                });
        batch("""
                insert into linecare.price_change (id, plan_code, effective_from, old_price, new_price, announced_on)
                values (?, ?, ?, ?, ?, ?)""",
                isp.priceChanges(), (ps, c) -> {
                    ps.setLong(1, c.id());
                    ps.setString(2, c.planCode());
                    ps.setObject(3, c.effectiveFrom());
                    ps.setBigDecimal(4, c.oldPrice());
                    ps.setBigDecimal(5, c.newPrice());
                    setNullable(ps, 6, c.announcedOn(), Types.DATE);
                });
        batch("""
                insert into linecare.customer (id, reference, full_name, tier, big_client, email, mobile, locale,
                    channel_preference, quiet_hours_start, quiet_hours_end, time_zone, address, area_id,
                    customer_since, nps_score)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                isp.customers(), DemoIspWriter::bindCustomer);
        batch("""
                insert into linecare.subscription (id, customer_id, service_type, plan_code, line_number,
                    access_node_id, status, started_on, ended_on)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                isp.subscriptions(), (ps, s) -> {
                    ps.setLong(1, s.id());
                    ps.setLong(2, s.customerId());
                    ps.setString(3, s.serviceType().code());
                    ps.setString(4, s.planCode());
                    ps.setString(5, s.lineNumber());
                    ps.setString(6, s.accessNodeId());
                    ps.setString(7, s.status().code());
                    ps.setObject(8, s.startedOn());
                    setNullable(ps, 9, s.endedOn(), Types.DATE);
                });
        batch("""
                insert into linecare.line_condition (subscription_id, status, remotely_fixable, detail)
                values (?, ?, ?, ?)""",
                isp.lineConditions(), (ps, c) -> {
                    ps.setLong(1, c.subscriptionId());
                    ps.setString(2, c.status().code());
                    ps.setBoolean(3, c.remotelyFixable());
                    ps.setString(4, c.detail());
                });
        batch("""
                insert into linecare.technician (id, login, full_name, mobile, home_area_id, skills, active)
                values (?, ?, ?, ?, ?, ?, ?)""",
                isp.technicians(), (ps, t) -> {
                    ps.setString(1, t.id());
                    setNullable(ps, 2, t.login(), Types.VARCHAR);
                    ps.setString(3, t.fullName());
                    ps.setString(4, t.mobile());
                    ps.setString(5, t.homeAreaId());
                    ps.setArray(6, ps.getConnection().createArrayOf("text",
                            t.skills().stream().sorted().map(Skill::code).toArray()));
                    ps.setBoolean(7, t.active());
                });
        List<String[]> technicianAreas = new ArrayList<>();
        for (Technician technician : isp.technicians()) {
            technician.areaIds().stream().sorted().forEach(area -> technicianAreas.add(new String[] {technician.id(), area}));
        }
        batch("insert into linecare.technician_area (technician_id, area_id) values (?, ?)",
                technicianAreas, (ps, pair) -> {
                    ps.setString(1, pair[0]);
                    ps.setString(2, pair[1]);
                });
        batch("""
                insert into linecare.bill (id, customer_id, reference, period_start, period_end, issued_on, due_on,
                                           total, state)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                isp.bills(), (ps, b) -> {
                    ps.setLong(1, b.id());
                    ps.setLong(2, b.customerId());
                    ps.setString(3, b.reference());
                    ps.setObject(4, b.periodStart());
                    ps.setObject(5, b.periodEnd());
                    ps.setObject(6, b.issuedOn());
                    ps.setObject(7, b.dueOn());
                    ps.setBigDecimal(8, b.total());
                    ps.setString(9, b.state().code());
                });
        batch("""
                insert into linecare.bill_line (id, bill_id, subscription_id, kind, description, amount, on_hold)
                values (?, ?, ?, ?, ?, ?, ?)""",
                isp.billLines(), (ps, l) -> {
                    ps.setLong(1, l.id());
                    ps.setLong(2, l.billId());
                    setNullable(ps, 3, l.subscriptionId(), Types.BIGINT);
                    ps.setString(4, l.kind().code());
                    ps.setString(5, l.description());
                    ps.setBigDecimal(6, l.amount());
                    ps.setBoolean(7, l.onHold());
                });
        bulk("linecare.usage_record (id, subscription_id, day, kind, quantity, amount)",
                List.of("bigint", "bigint", "date", "text", "numeric", "numeric"), "",
                isp.usageRecords(), u -> new Object[] {u.id(), u.subscriptionId(), u.day(), u.kind().code(),
                        u.quantity(), u.amount()});
        for (String table : ASSIGNED_ID_TABLES) {
            // later inserts by flows (without an id) must not collide with the seeded ids
            jdbc.queryForObject("select setval(pg_get_serial_sequence('linecare." + table + "', 'id'), "
                    + "greatest((select max(id) from linecare." + table + "), 1))", Long.class);
        }
    }

    /** @return how many of the measurements were new */
    int insertMeasurements(List<Measurement> measurements) {
        return bulk("linecare.network_measurement (area_id, measured_at, download_mbps, packet_loss_pct)",
                List.of("text", "timestamptz", "numeric", "numeric"), " on conflict do nothing",
                measurements, m -> new Object[] {m.areaId(), m.measuredAt(), m.downloadMbps(), m.packetLossPct()});
    }

    /** @return how many of the shifts were new */
    int insertShifts(List<Shift> shifts) {
        return batch("""
                insert into linecare.technician_shift (technician_id, shift_date, starts_at, ends_at)
                values (?, ?, ?, ?) on conflict do nothing""",
                shifts, (ps, s) -> {
                    ps.setString(1, s.technicianId());
                    ps.setObject(2, s.shiftDate());
                    ps.setObject(3, utc(s.startsAt()));
                    ps.setObject(4, utc(s.endsAt()));
                });
    }

    long customerCount() {
        return jdbc.queryForObject("select count(*) from linecare.customer", Long.class);
    }

    List<String> areaIds() {
        return jdbc.queryForList("select id from linecare.area order by id", String.class);
    }

    /** The last stored hour per area, for topping measurements up from there. */
    Optional<Instant> lastMeasurement(String areaId) {
        OffsetDateTime last = jdbc.queryForObject(
                "select max(measured_at) from linecare.network_measurement where area_id = ?", OffsetDateTime.class, areaId);
        return Optional.ofNullable(last).map(OffsetDateTime::toInstant);
    }

    /** Active technicians and the zone their shifts are planned in (their home area's). */
    Map<String, ZoneId> activeTechnicianZones() {
        Map<String, ZoneId> zones = new TreeMap<>();
        jdbc.query("""
                select t.id, a.time_zone from linecare.technician t
                  join linecare.area a on a.id = t.home_area_id where t.active""",
                rs -> {
                    zones.put(rs.getString(1), ZoneId.of(rs.getString(2)));
                });
        return zones;
    }

    /** Serialises concurrent seeders (several engine nodes starting together) for this transaction. */
    void lock() {
        jdbc.queryForObject("select pg_advisory_xact_lock(hashtext('linecare.demo-data'))::text", String.class);
    }

    private static void bindCustomer(PreparedStatement ps, Customer c) throws SQLException {
        ps.setLong(1, c.id());
        ps.setString(2, c.reference());
        ps.setString(3, c.fullName());
        ps.setString(4, c.tier().code());
        ps.setBoolean(5, c.bigClient());
        ps.setString(6, c.email());
        ps.setString(7, c.mobile());
        ps.setString(8, c.locale().toLanguageTag());
        ps.setString(9, c.channelPreference().code());
        setNullable(ps, 10, c.quietHours() == null ? null : c.quietHours().start(), Types.TIME);
        setNullable(ps, 11, c.quietHours() == null ? null : c.quietHours().end(), Types.TIME);
        ps.setString(12, c.timeZone().getId());
        ps.setString(13, c.address());
        ps.setString(14, c.areaId());
        ps.setObject(15, c.customerSince());
        setNullable(ps, 16, c.npsScore(), Types.SMALLINT);
    }

    private <T> int batch(String sql, List<T> rows, ParameterizedPreparedStatementSetter<T> binder) {
        int changed = 0;
        for (int[] chunk : jdbc.batchUpdate(sql, rows, BATCH, binder)) {
            for (int count : chunk) {
                // the driver may report SUCCESS_NO_INFO (-2); only ON CONFLICT tables need exact counts
                changed += count > 0 ? count : count == PreparedStatement.SUCCESS_NO_INFO ? 1 : 0;
            }
        }
        return changed;
    }

    /**
     * For the big tables (usage, measurements): one INSERT ... SELECT FROM unnest(arrays) per chunk
     * moves thousands of rows in one statement, several times faster than statement batches here.
     * Values travel as text arrays and are cast by PostgreSQL, which parses ISO dates and instants.
     */
    private <T> int bulk(String target, List<String> types, String suffix, List<T> rows, Function<T, Object[]> values) {
        StringBuilder sql = new StringBuilder("insert into ").append(target).append(" select * from unnest(");
        for (int c = 0; c < types.size(); c++) {
            sql.append(c == 0 ? "" : ", ").append("?::text[]::").append(types.get(c)).append("[]");
        }
        sql.append(")").append(suffix);
        int changed = 0;
        for (int from = 0; from < rows.size(); from += BULK) {
            List<T> chunk = rows.subList(from, Math.min(rows.size(), from + BULK));
            String[][] columns = new String[types.size()][chunk.size()];
            for (int r = 0; r < chunk.size(); r++) {
                Object[] row = values.apply(chunk.get(r));
                for (int c = 0; c < row.length; c++) {
                    columns[c][r] = row[c] == null ? null : row[c] instanceof BigDecimal d ? d.toPlainString() : row[c].toString();
                }
            }
            changed += jdbc.update(sql.toString(), ps -> {
                for (int c = 0; c < columns.length; c++) {
                    ps.setArray(c + 1, ps.getConnection().createArrayOf("text", columns[c]));
                }
            });
        }
        return changed;
    }

    private static void setNullable(PreparedStatement ps, int index, Object value, int sqlType) throws SQLException {
        if (value == null) {
            ps.setNull(index, sqlType);
        } else {
            ps.setObject(index, value);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
