package io.linecare.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.linecare.demo.DemoDatabase;
import io.linecare.demo.SeededDemoDatabase;
import io.linecare.demo.DemoIsp;
import io.linecare.network.Area;
import io.linecare.network.JdbcNetworkInventory;

/** The scheduler over the demo workforce on embedded PostgreSQL, at {@link DemoDatabase#NOW} (Wed 14:30 local). */
class AppointmentSchedulerTest {

    private static final ZoneId HANGZHOU = ZoneId.of("Asia/Shanghai");
    /** Thursday 19 March, the first working day with whole windows left after NOW. */
    private static final Instant THU_0800 = Instant.parse("2026-03-19T00:00:00Z");

    @RegisterExtension
    static final SeededDemoDatabase database = new SeededDemoDatabase();

    private static JdbcClient jdbc;
    private static Workforce workforce;
    private static AppointmentScheduler scheduler;
    private static final DemoIsp expected = DemoDatabase.expected();
    private static final Map<String, Area> areas =
            expected.areas().stream().collect(Collectors.toMap(Area::id, Function.identity()));
    private static final Map<String, Technician> technicians =
            expected.technicians().stream().collect(Collectors.toMap(Technician::id, Function.identity()));

    @BeforeAll
    static void services() {
        jdbc = database.jdbc();
        workforce = new JdbcWorkforce(jdbc);
        scheduler = new AppointmentScheduler(workforce, new JdbcNetworkInventory(jdbc),
                Clock.fixed(DemoDatabase.NOW, ZoneOffset.UTC));
    }

    @BeforeEach
    void noBookings() {
        jdbc.sql("delete from linecare.appointment_booking").update();
    }

    // ------------------------------------------------------------------ proposals

    @Test
    void offersAreAlignedTwoHourWindowsOfEligibleTechniciansInsideShiftsAndWorkingHours() {
        for (Area area : expected.areas()) {
            for (Skill skill : Skill.values()) {
                SlotProposal proposal = scheduler.proposeSlots(area.id(), skill, DemoDatabase.NOW,
                        DemoDatabase.NOW.plus(Duration.ofDays(3)), 12);
                assertThat(proposal.offers()).as("%s %s", area.id(), skill).hasSize(12);
                Instant previous = Instant.MIN;
                for (SlotOffer offer : proposal.offers()) {
                    String what = area.id() + " " + skill + " " + offer;
                    Technician technician = technicians.get(offer.technicianId());
                    assertThat(technician.active()).as(what).isTrue();
                    assertThat(technician.areaIds()).as(what).contains(area.id());
                    assertThat(technician.has(skill)).as(what).isTrue();
                    assertThat(offer.technicianName()).isEqualTo(technician.fullName());
                    assertThat(offer.id()).isEqualTo(offer.technicianId() + "@" + offer.start().getEpochSecond());

                    assertThat(Duration.between(offer.start(), offer.end())).isEqualTo(Duration.ofHours(2));
                    ZonedDateTime local = offer.start().atZone(area.timeZone());
                    assertThat(local.getHour() % 2).as(what).isZero();
                    assertThat(local.toLocalTime()).isEqualTo(LocalTime.of(local.getHour(), 0));
                    assertThat(area.workingDays().includes(local.getDayOfWeek())).as(what).isTrue();
                    assertThat(local.toLocalTime()).as(what).isAfterOrEqualTo(area.workingHoursStart());
                    assertThat(offer.end().atZone(area.timeZone()).toLocalTime()).as(what)
                            .isBeforeOrEqualTo(area.workingHoursEnd());
                    assertThat(workforce.shiftsOf(offer.technicianId(), offer.start(), offer.end())).as(what)
                            .anyMatch(s -> !s.startsAt().isAfter(offer.start()) && !s.endsAt().isBefore(offer.end()));

                    assertThat(offer.start()).as(what).isAfter(previous).isAfterOrEqualTo(DemoDatabase.NOW);
                    previous = offer.start();
                }
            }
        }
    }

    @Test
    void theFirstOfferIsTheNextWholeWindowAndTheCustomerGetsARealChoice() {
        // 14:30 Wednesday: 16:00-18:00 would outlast the 17:00 shift end, so Thursday 08:00 comes first
        SlotProposal proposal = scheduler.proposeSlots("A01", Skill.BROADBAND, DemoDatabase.NOW,
                DemoDatabase.NOW.plus(Duration.ofDays(2)), 3);

        assertThat(proposal.offers()).hasSize(3);
        assertThat(proposal.offers()).extracting(SlotOffer::start)
                .containsExactly(THU_0800, THU_0800.plus(Duration.ofHours(2)), THU_0800.plus(Duration.ofHours(4)));
        assertThat(proposal.offers()).extracting(SlotOffer::technicianId).doesNotHaveDuplicates();
        assertThat(proposal.promiseKept()).isTrue();
        assertThat(proposal.earliestPossible()).isEqualTo(THU_0800.plus(Duration.ofHours(2)));

        // an earliest start inside a window rounds up to the next window
        SlotProposal later = scheduler.proposeSlots("A01", Skill.BROADBAND, THU_0800.plus(Duration.ofMinutes(1)),
                DemoDatabase.NOW.plus(Duration.ofDays(2)), 1);
        assertThat(later.offers()).extracting(SlotOffer::start).containsExactly(THU_0800.plus(Duration.ofHours(2)));
    }

    @Test
    void areasWithLaterOpeningOrNoSaturdayGetNoWindowsOutsideTheirCalendar() {
        // A06 opens 08:30, so its first window of the day is 10:00
        assertThat(scheduler.proposeSlots("A06", Skill.BROADBAND, DemoDatabase.NOW, DemoDatabase.NOW, 20).offers())
                .allSatisfy(o -> assertThat(o.start().atZone(HANGZHOU).getHour()).isBetween(10, 14));
        // A11 works Monday to Friday: technicians have Saturday shifts, but no Saturday visits there
        assertThat(scheduler.proposeSlots("A11", Skill.BROADBAND, DemoDatabase.NOW, DemoDatabase.NOW, 40).offers())
                .isNotEmpty()
                .noneMatch(o -> o.start().atZone(HANGZHOU).getDayOfWeek() == DayOfWeek.SATURDAY)
                .noneMatch(o -> o.start().atZone(HANGZHOU).getDayOfWeek() == DayOfWeek.SUNDAY);
        // A01 works Sundays, but nobody has a Sunday shift
        assertThat(scheduler.proposeSlots("A01", Skill.BROADBAND, DemoDatabase.NOW, DemoDatabase.NOW, 60).offers())
                .anyMatch(o -> o.start().atZone(HANGZHOU).getDayOfWeek() == DayOfWeek.SATURDAY)
                .noneMatch(o -> o.start().atZone(HANGZHOU).getDayOfWeek() == DayOfWeek.SUNDAY);
    }

    @Test
    void inactiveTechniciansAreNeverOffered() {
        List<String> onLeave = expected.technicians().stream().filter(t -> !t.active()).map(Technician::id).toList();
        assertThat(onLeave).isNotEmpty();
        for (String areaId : areas.keySet()) {
            for (Skill skill : Skill.values()) {
                assertThat(scheduler.proposeSlots(areaId, skill, DemoDatabase.NOW, DemoDatabase.NOW, 200).offers())
                        .extracting(SlotOffer::technicianId).doesNotContainAnyElementsOf(onLeave);
            }
        }
    }

    @Test
    void confirmedBookingsBlockTheirWindowsAndOverlappingOnesCancelledOnesDoNot() {
        List<Technician> team = workforce.techniciansFor("A01", Skill.BROADBAND);
        assertThat(team).hasSizeGreaterThan(1);
        // everyone busy Thursday 08-10; everyone but the first also 10-12 ...
        for (Technician technician : team) {
            insert(technician.id(), THU_0800, THU_0800.plus(Duration.ofHours(2)), "FR-2026-900001", "confirmed");
        }
        for (Technician technician : team.subList(1, team.size())) {
            insert(technician.id(), THU_0800.plus(Duration.ofHours(2)), THU_0800.plus(Duration.ofHours(4)),
                    "FR-2026-900002", "confirmed");
        }
        // ... the first has an unaligned visit 11:00-13:00 (overlapping 10-12 and 12-14) and a cancelled one 14-16
        Technician first = team.get(0);
        insert(first.id(), THU_0800.plus(Duration.ofHours(3)), THU_0800.plus(Duration.ofHours(5)), "FR-2026-900003",
                "confirmed");
        insert(first.id(), THU_0800.plus(Duration.ofHours(6)), THU_0800.plus(Duration.ofHours(8)), "FR-2026-900004",
                "cancelled");

        List<SlotOffer> offers = scheduler.proposeSlots("A01", Skill.BROADBAND, DemoDatabase.NOW,
                DemoDatabase.NOW.plus(Duration.ofDays(2)), 3).offers();

        // 08-10 and 10-12 are gone; 12-14 is offered by someone other than the first
        assertThat(offers.get(0).start()).isEqualTo(THU_0800.plus(Duration.ofHours(4)));
        assertThat(offers.get(0).technicianId()).isNotEqualTo(first.id());
        for (SlotOffer offer : scheduler.proposeSlots("A01", Skill.BROADBAND, DemoDatabase.NOW, DemoDatabase.NOW, 100)
                .offers()) {
            for (Booking booking : workforce.bookingsOf(offer.technicianId(), offer.start(), offer.end())) {
                assertThat(booking.status()).as("%s overlaps %s", offer, booking).isNotEqualTo(BookingStatus.CONFIRMED);
            }
        }
        // the first technician's cancelled 14-16 is free again
        assertThat(scheduler.proposeSlots("A01", Skill.BROADBAND, DemoDatabase.NOW, DemoDatabase.NOW, 100).offers())
                .anyMatch(o -> o.start().equals(THU_0800.plus(Duration.ofHours(6))));
    }

    @Test
    void offersSpreadOverTheTeam() {
        List<SlotOffer> offers = scheduler.proposeSlots("A01", Skill.BROADBAND, DemoDatabase.NOW,
                DemoDatabase.NOW.plus(Duration.ofDays(3)), 8).offers();
        int team = workforce.techniciansFor("A01", Skill.BROADBAND).size();

        assertThat(offers).extracting(SlotOffer::start).doesNotHaveDuplicates();
        assertThat(offers.stream().map(SlotOffer::technicianId).distinct().count()).isEqualTo(Math.min(8, team));
    }

    @Test
    void whenOnlyLaterWindowsAreFreeThePromiseIsNotKeptAndTheEarliestPossibleTimeIsGiven() {
        Instant promisedBy = DemoDatabase.NOW.plus(Duration.ofHours(1)); // Wednesday 15:30, no window fits

        SlotProposal proposal = scheduler.proposeSlots("A05", Skill.VOIP, DemoDatabase.NOW, promisedBy, 3);

        assertThat(proposal.promiseKept()).isFalse();
        assertThat(proposal.offers()).hasSize(3).noneMatch(o -> o.endsBy(promisedBy));
        assertThat(proposal.earliestPossible()).isEqualTo(THU_0800.plus(Duration.ofHours(2)))
                .isEqualTo(proposal.offers().get(0).end());
    }

    @Test
    void fewerWindowsThanAskedWithinThePromiseAreToppedUpWithLaterOnes() {
        Instant promisedBy = THU_0800.plus(Duration.ofHours(2)); // only Thursday 08-10 ends in time

        SlotProposal proposal = scheduler.proposeSlots("A05", Skill.VOIP, DemoDatabase.NOW, promisedBy, 3);

        assertThat(proposal.promiseKept()).isTrue();
        assertThat(proposal.earliestPossible()).isEqualTo(promisedBy);
        assertThat(proposal.offers()).hasSize(3);
        assertThat(proposal.offers()).filteredOn(o -> o.endsBy(promisedBy)).hasSize(1);
    }

    @Test
    void nothingWithinTheLookAheadIsAnEmptyProposal() {
        // the demo has shifts for 21 days; 22 days out there are none within 14 days
        Instant farOut = DemoDatabase.NOW.plus(Duration.ofDays(22));
        SlotProposal proposal = scheduler.proposeSlots("A01", Skill.BROADBAND, farOut, farOut, 3);

        assertThat(proposal.isEmpty()).isTrue();
        assertThat(proposal.promiseKept()).isFalse();
        assertThat(proposal.earliestPossible()).isNull();

        // and the look-ahead is 14 days from the earliest start
        Instant tenDaysOut = DemoDatabase.NOW.plus(Duration.ofDays(10));
        assertThat(scheduler.proposeSlots("A01", Skill.BROADBAND, tenDaysOut, tenDaysOut, 1000).offers())
                .isNotEmpty()
                .allSatisfy(o -> assertThat(o.start()).isBefore(tenDaysOut.plus(AppointmentScheduler.LOOK_AHEAD)));
    }

    @Test
    void anUnknownAreaOrANonPositiveCountIsRejected() {
        assertThatThrownBy(() -> scheduler.proposeSlots("A99", Skill.BROADBAND, DemoDatabase.NOW, DemoDatabase.NOW, 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> scheduler.proposeSlots("A01", Skill.BROADBAND, DemoDatabase.NOW, DemoDatabase.NOW, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    // ------------------------------------------------------------------ booking

    @Test
    void bookingTheSameSlotAgainForTheSameCaseReturnsTheSameBooking() {
        SlotOffer offer = firstOffer();

        Booking first = scheduler.book(offer.id(), "FR-2026-000101");
        Booking again = scheduler.book(offer.id(), "FR-2026-000101");

        assertThat(again).isEqualTo(first);
        assertThat(first.status()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(first.technicianId()).isEqualTo(offer.technicianId());
        assertThat(first.windowStart()).isEqualTo(offer.start());
        assertThat(first.windowEnd()).isEqualTo(offer.end());
        assertThat(scheduler.confirmedBookingOf("FR-2026-000101")).contains(first);
        assertThat(confirmedRows(offer)).isEqualTo(1);
    }

    @Test
    void anotherCaseCannotBookATakenWindow() {
        SlotOffer offer = firstOffer();
        scheduler.book(offer.id(), "FR-2026-000102");

        assertThatThrownBy(() -> scheduler.book(offer.id(), "FR-2026-000103"))
                .isInstanceOfSatisfying(SlotTakenException.class, e -> {
                    assertThat(e.reason()).isEqualTo(SlotTakenException.Reason.TAKEN);
                    assertThat(e.slotId()).isEqualTo(offer.id());
                });
        assertThat(scheduler.confirmedBookingOf("FR-2026-000103")).isEmpty();
        // and the taken window is no longer offered for that technician
        assertThat(scheduler.proposeSlots("A01", Skill.BROADBAND, DemoDatabase.NOW, DemoDatabase.NOW, 100).offers())
                .extracting(SlotOffer::id).doesNotContain(offer.id());
    }

    @Test
    void slotsOutsideShiftsOfInactiveTechniciansOrAlreadyBegunCannotBeBooked() {
        Technician onLeave = expected.technicians().stream().filter(t -> !t.active()).findFirst().orElseThrow();
        assertThatThrownBy(() -> scheduler.book(new SlotId(onLeave.id(), THU_0800).value(), "FR-2026-000104"))
                .isInstanceOfSatisfying(SlotTakenException.class,
                        e -> assertThat(e.reason()).isEqualTo(SlotTakenException.Reason.TECHNICIAN_UNAVAILABLE));

        Instant sunday = Instant.parse("2026-03-22T02:00:00Z"); // Sunday 10:00 local, no shift
        assertThatThrownBy(() -> scheduler.book(new SlotId("T01", sunday).value(), "FR-2026-000104"))
                .isInstanceOfSatisfying(SlotTakenException.class,
                        e -> assertThat(e.reason()).isEqualTo(SlotTakenException.Reason.OUTSIDE_SHIFT));
        Instant lateThursday = Instant.parse("2026-03-19T08:00:00Z"); // 16:00-18:00, past the 17:00 shift end
        assertThatThrownBy(() -> scheduler.book(new SlotId("T01", lateThursday).value(), "FR-2026-000104"))
                .isInstanceOfSatisfying(SlotTakenException.class,
                        e -> assertThat(e.reason()).isEqualTo(SlotTakenException.Reason.OUTSIDE_SHIFT));

        Instant thisMorning = Instant.parse("2026-03-18T02:00:00Z"); // Wednesday 10:00, before NOW
        assertThatThrownBy(() -> scheduler.book(new SlotId("T01", thisMorning).value(), "FR-2026-000104"))
                .isInstanceOfSatisfying(SlotTakenException.class,
                        e -> assertThat(e.reason()).isEqualTo(SlotTakenException.Reason.STARTED));

        assertThatThrownBy(() -> scheduler.book("not-a-slot", "FR-2026-000104"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(workforce.bookingsOfCase("FR-2026-000104")).isEmpty();
    }

    @Test
    void aCaseHoldingAVisitMustCancelItBeforeBookingAnother() {
        List<SlotOffer> offers = scheduler.proposeSlots("A01", Skill.BROADBAND, DemoDatabase.NOW, DemoDatabase.NOW, 2)
                .offers();
        scheduler.book(offers.get(0).id(), "FR-2026-000105");

        assertThatThrownBy(() -> scheduler.book(offers.get(1).id(), "FR-2026-000105"))
                .isInstanceOf(IllegalStateException.class);

        scheduler.cancel("FR-2026-000105");
        Booking moved = scheduler.book(offers.get(1).id(), "FR-2026-000105");
        assertThat(scheduler.confirmedBookingOf("FR-2026-000105")).contains(moved);
    }

    @Test
    void cancellingFreesTheWindowForAnotherCase() {
        SlotOffer offer = firstOffer();
        scheduler.book(offer.id(), "FR-2026-000106");

        scheduler.cancel("FR-2026-000106");

        assertThat(scheduler.confirmedBookingOf("FR-2026-000106")).isEmpty();
        assertThat(workforce.bookingsOfCase("FR-2026-000106")).extracting(Booking::status)
                .containsExactly(BookingStatus.CANCELLED);
        assertThat(scheduler.proposeSlots("A01", Skill.BROADBAND, DemoDatabase.NOW, DemoDatabase.NOW, 1).offers())
                .extracting(SlotOffer::id).containsExactly(offer.id());
        Booking other = scheduler.book(offer.id(), "FR-2026-000107");
        assertThat(other.caseReference()).isEqualTo("FR-2026-000107");
        assertThat(confirmedRows(offer)).isEqualTo(1);

        scheduler.cancel("FR-2026-000199"); // nothing to cancel is fine
    }

    @Test
    void ofCasesRacingForOneSlotExactlyOneWins() throws Exception {
        SlotOffer offer = firstOffer();
        int racers = 8;

        List<Object> outcomes = race(racers, i -> scheduler.book(offer.id(), "FR-2026-0002" + String.format("%02d", i)));

        List<Booking> winners = outcomes.stream().filter(Booking.class::isInstance).map(Booking.class::cast).toList();
        assertThat(winners).hasSize(1);
        assertThat(outcomes).filteredOn(SlotTakenException.class::isInstance).hasSize(racers - 1)
                .allSatisfy(e -> assertThat(((SlotTakenException) e).reason()).isEqualTo(SlotTakenException.Reason.TAKEN));
        assertThat(confirmedRows(offer)).isEqualTo(1);
        assertThat(workforce.confirmedBooking(offer.technicianId(), offer.start()))
                .hasValueSatisfying(b -> assertThat(b.caseReference()).isEqualTo(winners.get(0).caseReference()));
    }

    @Test
    void retriesOfOneCaseRacingThemselvesAllGetTheOneBooking() throws Exception {
        SlotOffer offer = firstOffer();

        List<Object> outcomes = race(8, i -> scheduler.book(offer.id(), "FR-2026-000300"));

        assertThat(outcomes).allSatisfy(o -> assertThat(o).isInstanceOf(Booking.class));
        assertThat(outcomes.stream().map(o -> ((Booking) o).id()).distinct()).hasSize(1);
        assertThat(confirmedRows(offer)).isEqualTo(1);
    }

    // ------------------------------------------------------------------ helpers

    private interface Attempt {
        Booking book(int racer);
    }

    /** Runs the attempts on their own threads (own connections) released together; returns bookings or exceptions. */
    private static List<Object> race(int racers, Attempt attempt) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        try {
            CountDownLatch ready = new CountDownLatch(racers);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Booking>> futures = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                int racer = i;
                Callable<Booking> task = () -> {
                    ready.countDown();
                    go.await();
                    return attempt.book(racer);
                };
                futures.add(pool.submit(task));
            }
            assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            List<Object> outcomes = new ArrayList<>();
            for (Future<Booking> future : futures) {
                try {
                    outcomes.add(future.get(30, TimeUnit.SECONDS));
                } catch (ExecutionException e) {
                    outcomes.add(e.getCause());
                } catch (java.util.concurrent.TimeoutException e) {
                    throw new AssertionError("a booking hung", e);
                }
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private static SlotOffer firstOffer() {
        return scheduler.proposeSlots("A01", Skill.BROADBAND, DemoDatabase.NOW, DemoDatabase.NOW, 1).offers().get(0);
    }

    private static int confirmedRows(SlotOffer offer) {
        return jdbc.sql("""
                        select count(*) from linecare.appointment_booking
                         where technician_id = :technician and window_start = :start and status = 'confirmed'""")
                .param("technician", offer.technicianId())
                .param("start", offer.start().atOffset(ZoneOffset.UTC))
                .query(Integer.class).single();
    }

    private static void insert(String technician, Instant start, Instant end, String caseReference, String status) {
        jdbc.sql("""
                        insert into linecare.appointment_booking (technician_id, window_start, window_end, case_reference, status)
                        values (:technician, :start, :end, :case, :status)""")
                .param("technician", technician)
                .param("start", start.atOffset(ZoneOffset.UTC))
                .param("end", end.atOffset(ZoneOffset.UTC))
                .param("case", caseReference)
                .param("status", status)
                .update();
    }
}
