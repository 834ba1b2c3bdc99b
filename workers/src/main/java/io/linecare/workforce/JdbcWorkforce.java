package io.linecare.workforce;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@link Workforce} over the technician, technician_area, technician_shift and appointment_booking tables. */
@Repository
public class JdbcWorkforce implements Workforce {

    // the served areas come along as an array so one query builds the whole technician
    private static final String TECHNICIAN_SELECT = """
            select t.id, t.login, t.full_name, t.mobile, t.home_area_id, t.skills, t.active,
                   array(select ta.area_id from linecare.technician_area ta
                          where ta.technician_id = t.id order by ta.area_id) as area_ids
              from linecare.technician t""";

    private static final String BOOKING_SELECT = """
            select id, technician_id, window_start, window_end, case_reference, status, created_at
              from linecare.appointment_booking""";

    private final JdbcClient jdbc;

    public JdbcWorkforce(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Technician> technician(String technicianId) {
        return jdbc.sql(TECHNICIAN_SELECT + " where t.id = :id")
                .param("id", technicianId)
                .query(JdbcWorkforce::technician)
                .optional();
    }

    @Override
    public List<Technician> techniciansFor(String areaId, Skill skill) {
        return jdbc.sql(TECHNICIAN_SELECT + "\n" + """
                         where t.active
                           and t.skills @> array[:skill]::text[]
                           and exists (select 1 from linecare.technician_area ta
                                        where ta.technician_id = t.id and ta.area_id = :area)
                         order by t.id""")
                .param("skill", skill.code())
                .param("area", areaId)
                .query(JdbcWorkforce::technician)
                .list();
    }

    @Override
    public List<Shift> shiftsOf(String technicianId, Instant from, Instant to) {
        return jdbc.sql("""
                        select technician_id, shift_date, starts_at, ends_at
                          from linecare.technician_shift
                         where technician_id = :technician and starts_at < :to and ends_at > :from
                         order by starts_at""")
                .param("technician", technicianId)
                .param("from", utc(from))
                .param("to", utc(to))
                .query((rs, row) -> new Shift(rs.getString("technician_id"),
                        rs.getObject("shift_date", LocalDate.class), instant(rs, "starts_at"), instant(rs, "ends_at")))
                .list();
    }

    @Override
    public List<Booking> bookingsOf(String technicianId, Instant from, Instant to) {
        return jdbc.sql(BOOKING_SELECT + "\n" + """
                         where technician_id = :technician and window_start < :to and window_end > :from
                         order by window_start, id""")
                .param("technician", technicianId)
                .param("from", utc(from))
                .param("to", utc(to))
                .query(JdbcWorkforce::booking)
                .list();
    }

    @Override
    public List<Booking> bookingsOfCase(String caseReference) {
        return jdbc.sql(BOOKING_SELECT + " where case_reference = :case order by window_start, id")
                .param("case", caseReference)
                .query(JdbcWorkforce::booking)
                .list();
    }

    @Override
    public Optional<Booking> confirmedBooking(String technicianId, Instant windowStart) {
        return jdbc.sql(BOOKING_SELECT + "\n" + """
                         where technician_id = :technician and window_start = :start and status = 'confirmed'""")
                .param("technician", technicianId)
                .param("start", utc(windowStart))
                .query(JdbcWorkforce::booking)
                .optional();
    }

    @Override
    public Optional<Booking> bookIfFree(String technicianId, Instant windowStart, Instant windowEnd, String caseReference) {
        // the conflict target names appointment_booking_confirmed_window_uq (a partial index, hence the where)
        return jdbc.sql("""
                        insert into linecare.appointment_booking (technician_id, window_start, window_end, case_reference, status)
                        values (:technician, :start, :end, :case, 'confirmed')
                        on conflict (technician_id, window_start) where status = 'confirmed' do nothing
                        returning id, technician_id, window_start, window_end, case_reference, status, created_at""")
                .param("technician", technicianId)
                .param("start", utc(windowStart))
                .param("end", utc(windowEnd))
                .param("case", caseReference)
                .query(JdbcWorkforce::booking)
                .optional();
    }

    @Override
    public int closeConfirmedBookings(String caseReference, BookingStatus outcome) {
        if (outcome == BookingStatus.CONFIRMED) {
            throw new IllegalArgumentException("A booking is closed as cancelled, completed or failed, not confirmed");
        }
        return jdbc.sql("""
                        update linecare.appointment_booking set status = :outcome
                         where case_reference = :case and status = 'confirmed'""")
                .param("outcome", outcome.code())
                .param("case", caseReference)
                .update();
    }

    private static Booking booking(ResultSet rs, int row) throws SQLException {
        return new Booking(rs.getLong("id"), rs.getString("technician_id"),
                instant(rs, "window_start"), instant(rs, "window_end"), rs.getString("case_reference"),
                BookingStatus.fromCode(rs.getString("status")), instant(rs, "created_at"));
    }

    private static Technician technician(ResultSet rs, int row) throws SQLException {
        Set<Skill> skills = EnumSet.noneOf(Skill.class);
        for (String code : strings(rs.getArray("skills"))) {
            skills.add(Skill.fromCode(code));
        }
        return new Technician(
                rs.getString("id"),
                rs.getString("login"),
                rs.getString("full_name"),
                rs.getString("mobile"),
                rs.getString("home_area_id"),
                skills,
                Arrays.stream(strings(rs.getArray("area_ids"))).collect(Collectors.toSet()),
                rs.getBoolean("active"));
    }

    private static String[] strings(Array array) throws SQLException {
        return array == null ? new String[0] : (String[]) array.getArray();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
