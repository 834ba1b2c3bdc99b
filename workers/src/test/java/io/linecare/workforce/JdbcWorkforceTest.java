package io.linecare.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.linecare.demo.DemoDatabase;
import io.linecare.demo.SeededDemoDatabase;
import io.linecare.demo.DemoIsp;
import io.linecare.network.Area;

class JdbcWorkforceTest {

    private static final ZoneId HANGZHOU = ZoneId.of("Asia/Shanghai");

    @RegisterExtension
    static final SeededDemoDatabase database = new SeededDemoDatabase();

    private static JdbcClient jdbc;
    private static Workforce workforce;
    private static final DemoIsp expected = DemoDatabase.expected();

    @BeforeAll
    static void adapters() {
        jdbc = database.jdbc();
        workforce = new JdbcWorkforce(jdbc);
    }

    @Test
    void techniciansForAnAreaAndSkillAreExactlyTheActiveOnesServingItWithTheSkill() {
        for (Area area : expected.areas()) {
            for (Skill skill : Skill.values()) {
                List<Technician> found = workforce.techniciansFor(area.id(), skill);
                List<Technician> wanted = expected.technicians().stream()
                        .filter(t -> t.active() && t.areaIds().contains(area.id()) && t.has(skill)).toList();
                assertThat(found).as("%s %s", area.id(), skill).isNotEmpty().containsExactlyElementsOf(wanted);
            }
        }
        // some technicians serving A01 lack some skill, so the filter is really applied
        assertThat(expected.technicians()).filteredOn(t -> t.areaIds().contains("A01"))
                .anyMatch(t -> !t.has(Skill.ENTERPRISE));
    }

    @Test
    void inactiveTechniciansAreNeverOffered() {
        Technician onLeave = expected.technicians().stream().filter(t -> !t.active()).findFirst().orElseThrow();
        for (String areaId : onLeave.areaIds()) {
            for (Skill skill : onLeave.skills()) {
                assertThat(workforce.techniciansFor(areaId, skill)).extracting(Technician::id).doesNotContain(onLeave.id());
            }
        }
        assertThat(workforce.technician(onLeave.id())).hasValueSatisfying(t -> assertThat(t.active()).isFalse());
    }

    @Test
    void theDemoTechniciansHaveTheirLogins() {
        Technician chenJie = workforce.technician("T01").orElseThrow();
        assertThat(chenJie.login()).isEqualTo("chen.jie");
        assertThat(chenJie.fullName()).isEqualTo("陈杰");
        assertThat(chenJie.areaIds()).contains("A01", "A05");
        assertThat(workforce.technician("T02").orElseThrow().login()).isEqualTo("sun.hao");
        assertThat(workforce.technician("T03").orElseThrow().login()).isNull();
        assertThat(workforce.technician("T99")).isEmpty();
    }

    @Test
    void shiftsAreDayShiftsInHangzhouTimeStoredInUtc() {
        Instant from = DemoDatabase.NOW;
        List<Shift> shifts = workforce.shiftsOf("T01", from, from.plus(Duration.ofDays(7)));

        // Wed 18 March 14:30 local: today's shift still overlaps, then Thu, Fri, Sat, Mon, Tue, Wed
        assertThat(shifts).hasSize(7);
        assertThat(shifts.get(0).shiftDate()).isEqualTo(DemoDatabase.TODAY);
        assertThat(shifts.get(0).startsAt()).isEqualTo(Instant.parse("2026-03-18T00:00:00Z"));
        assertThat(shifts).noneMatch(s -> s.shiftDate().getDayOfWeek() == DayOfWeek.SUNDAY);
        assertThat(shifts).allSatisfy(s -> {
            assertThat(s.startsAt().atZone(HANGZHOU).toLocalTime()).isEqualTo(LocalTime.of(8, 0));
            assertThat(s.endsAt().atZone(HANGZHOU).toLocalTime()).isEqualTo(LocalTime.of(17, 0));
        });
        assertThat(workforce.shiftsOf("T01", from.plus(Duration.ofDays(60)), from.plus(Duration.ofDays(61)))).isEmpty();
    }

    @Test
    void aSecondConfirmedBookingOfTheSameWindowIsRejected() {
        Instant window = Instant.parse("2026-03-19T01:00:00Z");
        book("T03", window, "FR-2026-000001", "confirmed");

        assertThatThrownBy(() -> book("T03", window, "FR-2026-000002", "confirmed"))
                .isInstanceOf(DuplicateKeyException.class);

        // what the constraint still allows: other technicians, and windows no longer confirmed
        book("T04", window, "FR-2026-000002", "confirmed");
        book("T03", window, "FR-2026-000003", "cancelled");
        assertThat(workforce.bookingsOf("T03", window.minus(Duration.ofHours(1)), window.plus(Duration.ofHours(1))))
                .extracting(Booking::caseReference, Booking::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("FR-2026-000001", BookingStatus.CONFIRMED),
                        org.assertj.core.groups.Tuple.tuple("FR-2026-000003", BookingStatus.CANCELLED));
        assertThat(workforce.bookingsOf("T03", window.plus(Duration.ofHours(2)), window.plus(Duration.ofHours(3)))).isEmpty();
    }

    @Test
    void aCancelledWindowCanBeBookedAgain() {
        Instant window = Instant.parse("2026-03-20T06:00:00Z");
        long first = book("T05", window, "FR-2026-000010", "confirmed");
        jdbc.sql("update linecare.appointment_booking set status = 'cancelled' where id = :id").param("id", first).update();

        book("T05", window, "FR-2026-000011", "confirmed");

        assertThat(workforce.bookingsOf("T05", window, window.plus(Duration.ofHours(2)))).hasSize(2);
    }

    private static long book(String technician, Instant windowStart, String caseReference, String status) {
        return jdbc.sql("""
                insert into linecare.appointment_booking (technician_id, window_start, window_end, case_reference, status)
                values (:technician, :start, :end, :case, :status) returning id""")
                .param("technician", technician)
                .param("start", windowStart.atOffset(java.time.ZoneOffset.UTC))
                .param("end", windowStart.plus(Duration.ofHours(2)).atOffset(java.time.ZoneOffset.UTC))
                .param("case", caseReference)
                .param("status", status)
                .query(Long.class).single();
    }
}
