package io.linecare.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.linecare.billing.Bill;
import io.linecare.billing.BillLine;
import io.linecare.billing.BillLineKind;
import io.linecare.billing.UsageRecord;
import io.linecare.customer.Customer;
import io.linecare.customer.Subscription;
import io.linecare.customer.SubscriptionStatus;
import io.linecare.customer.Tier;
import io.linecare.network.Measurement;
import io.linecare.workforce.Shift;

class DemoIspGeneratorTest {

    private static final LocalDate DATE = LocalDate.of(2026, 3, 18);
    private static final ZoneId HANGZHOU = ZoneId.of("Asia/Shanghai");

    private final DemoIsp isp = new DemoIspGenerator(571, DATE).generate();

    @Test
    void sameSeedAndDateGiveIdenticalRows() {
        DemoIsp again = new DemoIspGenerator(571, DATE).generate();

        assertThat(again.fingerprint()).isEqualTo(isp.fingerprint());
        assertThat(again).isEqualTo(isp);
    }

    @Test
    void anotherSeedOrDateGivesOtherRows() {
        assertThat(new DemoIspGenerator(572, DATE).generate().fingerprint()).isNotEqualTo(isp.fingerprint());
        DemoIsp nextMonth = new DemoIspGenerator(571, DATE.plusMonths(1)).generate();
        assertThat(nextMonth.fingerprint()).isNotEqualTo(isp.fingerprint());
        assertThat(nextMonth.bills().get(0).periodStart()).isEqualTo(LocalDate.of(2026, 1, 1));
    }

    @Test
    void measurementsAndShiftsAreDeterministicAndTopUpsMatchAFullRun() {
        DemoIspGenerator generator = new DemoIspGenerator(571, DATE);
        Instant from = Instant.parse("2026-03-04T07:00:00Z");
        Instant middle = from.plus(Duration.ofHours(100));
        Instant to = from.plus(Duration.ofDays(14));

        List<Measurement> full = generator.measurements("A03", from, to);
        List<Measurement> pieces = new ArrayList<>(generator.measurements("A03", from, middle));
        pieces.addAll(new DemoIspGenerator(571, DATE.plusDays(9)).measurements("A03", middle, to));

        assertThat(full).hasSize(14 * 24).isEqualTo(pieces);
        Map<String, ZoneId> zones = Map.of("T01", HANGZHOU, "T02", HANGZHOU);
        assertThat(generator.shifts(zones, DATE, 21)).isEqualTo(generator.shifts(zones, DATE, 21));
    }

    @Test
    void tiersFollowTheMixAndEnterprisesAreBigClients() {
        Map<Tier, Long> perTier = isp.customers().stream().collect(Collectors.groupingBy(Customer::tier, Collectors.counting()));

        assertThat(isp.customers()).hasSizeGreaterThanOrEqualTo(220);
        assertThat(perTier).containsEntry(Tier.STANDARD, 154L).containsEntry(Tier.PREMIUM, 48L)
                .containsEntry(Tier.ENTERPRISE, 18L);
        assertThat(isp.customers()).filteredOn(c -> c.tier() == Tier.ENTERPRISE).allMatch(Customer::bigClient);
        assertThat(isp.customers()).filteredOn(c -> c.tier() == Tier.PREMIUM).anyMatch(Customer::bigClient);
        assertThat(isp.customers()).filteredOn(c -> c.tier() == Tier.STANDARD).noneMatch(Customer::bigClient);
        long chinese = isp.customers().stream().filter(c -> c.locale().toLanguageTag().equals("zh-CN")).count();
        assertThat(chinese * 100 / isp.customers().size()).isBetween(78L, 92L);
        assertThat(isp.customers()).extracting(Customer::reference).doesNotHaveDuplicates();
        assertThat(isp.customers()).extracting(Customer::mobile).doesNotHaveDuplicates()
                .allMatch(m -> m.matches("\\+861[3-9]\\d{9}"));
        assertThat(isp.customers()).extracting(Customer::email).doesNotHaveDuplicates();
    }

    @Test
    void everyCustomerHasAnActiveLineAndThreeBillsThatAddUp() {
        Map<Long, List<BillLine>> lines = isp.billLines().stream().collect(Collectors.groupingBy(BillLine::billId));
        for (Customer customer : isp.customers()) {
            assertThat(isp.subscriptions()).filteredOn(s -> s.customerId() == customer.id())
                    .anyMatch(s -> s.status() != SubscriptionStatus.CANCELLED);
            List<Bill> bills = isp.bills().stream().filter(b -> b.customerId() == customer.id()).toList();
            assertThat(bills).extracting(b -> YearMonth.from(b.periodStart()))
                    .containsExactly(YearMonth.of(2025, 12), YearMonth.of(2026, 1), YearMonth.of(2026, 2));
            for (Bill bill : bills) {
                BigDecimal sum = lines.get(bill.id()).stream().map(BillLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
                assertThat(bill.total()).isEqualByComparingTo(sum);
            }
        }
    }

    @Test
    void usageLinesMatchUsageRecordsExceptTheDeliberateOvercharges() {
        Map<Long, Bill> bills = isp.bills().stream().collect(Collectors.toMap(Bill::id, Function.identity()));
        int mismatches = 0;
        for (BillLine line : isp.billLines()) {
            if (line.kind() != BillLineKind.USAGE) {
                continue;
            }
            Bill bill = bills.get(line.billId());
            BigDecimal used = isp.usageRecords().stream()
                    .filter(u -> u.subscriptionId() == line.subscriptionId())
                    .filter(u -> !u.day().isBefore(bill.periodStart()) && !u.day().isAfter(bill.periodEnd()))
                    .map(UsageRecord::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (used.compareTo(line.amount()) != 0) {
                mismatches++;
                assertThat(line.amount()).isGreaterThan(used);
            }
        }
        assertThat(mismatches).isEqualTo(DemoIspGenerator.OVERCHARGED_BILLS);
    }

    @Test
    void theUnannouncedPriceRiseShowsOnTheLastBillOnly() {
        Customer lina = isp.customers().get(2);
        Subscription line = isp.subscriptions().stream().filter(s -> s.customerId() == lina.id()).findFirst().orElseThrow();
        List<Bill> bills = isp.bills().stream().filter(b -> b.customerId() == lina.id()).toList();

        assertThat(lina.reference()).isEqualTo("CU-000003");
        assertThat(line.planCode()).isEqualTo(DemoIspGenerator.UNANNOUNCED_PLAN);
        assertThat(recurring(bills.get(1), line)).isEqualByComparingTo("99.00");
        assertThat(recurring(bills.get(2), line)).isEqualByComparingTo("109.00");
        assertThat(isp.priceChanges()).filteredOn(c -> c.planCode().equals("BB-300"))
                .singleElement().satisfies(c -> assertThat(c.announcedOn()).isNull());
        assertThat(isp.priceChanges()).filteredOn(c -> c.announcedOn() != null).hasSizeGreaterThanOrEqualTo(1);
    }

    @Test
    void measurementsDipInTheEveningAndLossStaysLow() {
        List<Measurement> day = new DemoIspGenerator(571, DATE).measurements("A05",
                Instant.parse("2026-03-10T16:00:00Z"), Instant.parse("2026-03-17T16:00:00Z"));
        double evening = average(day, h -> h >= 19 && h <= 22);
        double daytime = average(day, h -> h >= 9 && h <= 16);

        assertThat(evening).isLessThan(daytime * 0.85);
        assertThat(daytime).isBetween(450.0, 600.0);
        assertThat(day).allSatisfy(m -> assertThat(m.packetLossPct()).isBetween(new BigDecimal("0.1"), new BigDecimal("0.5")));
    }

    @Test
    void shiftsAreMondayToSaturdayEightToFiveLocal() {
        List<Shift> shifts = new DemoIspGenerator(571, DATE).shifts(Map.of("T01", HANGZHOU), DATE, 21);

        assertThat(shifts).hasSize(18);
        assertThat(shifts).noneMatch(s -> s.shiftDate().getDayOfWeek() == DayOfWeek.SUNDAY);
        assertThat(shifts).allSatisfy(s -> {
            assertThat(s.startsAt().atZone(HANGZHOU).toLocalTime()).isEqualTo(LocalTime.of(8, 0));
            assertThat(s.endsAt().atZone(HANGZHOU).toLocalTime()).isEqualTo(LocalTime.of(17, 0));
        });
        assertThat(shifts.get(0).startsAt()).isEqualTo(Instant.parse("2026-03-18T00:00:00Z"));
    }

    @Test
    void everyAreaIsCoveredInEverySkillByAnActiveTechnician() {
        assertThat(isp.technicians()).hasSize(24);
        for (var area : isp.areas()) {
            for (var skill : io.linecare.workforce.Skill.values()) {
                assertThat(isp.technicians()).as("%s %s", area.id(), skill)
                        .anyMatch(t -> t.active() && t.areaIds().contains(area.id()) && t.has(skill));
            }
        }
        assertThat(isp.technicians()).filteredOn(t -> t.login() != null).extracting(t -> t.id() + "=" + t.login())
                .containsExactly("T01=chen.jie", "T02=sun.hao");
        Set<String> areaIds = isp.areas().stream().map(a -> a.id()).collect(Collectors.toSet());
        assertThat(areaIds).hasSize(12);
    }

    private static double average(List<Measurement> measurements, java.util.function.IntPredicate localHour) {
        return measurements.stream().filter(m -> localHour.test(m.measuredAt().atZone(HANGZHOU).getHour()))
                .mapToDouble(m -> m.downloadMbps().doubleValue()).average().orElseThrow();
    }

    private BigDecimal recurring(Bill bill, Subscription line) {
        return isp.billLines().stream()
                .filter(l -> l.billId() == bill.id() && l.kind() == BillLineKind.RECURRING
                        && Long.valueOf(line.id()).equals(l.subscriptionId()))
                .findFirst().orElseThrow().amount();
    }
}
