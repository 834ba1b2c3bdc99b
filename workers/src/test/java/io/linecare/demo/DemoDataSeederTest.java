package io.linecare.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** The seeder against a real PostgreSQL; tests run in order because later ones re-run the seeder. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoDataSeederTest {

    private static EmbeddedPostgres postgres;
    private static DataSource dataSource;
    private static JdbcClient jdbc;
    private static DemoDataSeeder.SeedReport firstRun;

    @BeforeAll
    static void startDatabase() throws IOException {
        postgres = EmbeddedPostgres.start();
        dataSource = postgres.getPostgresDatabase();
        firstRun = DemoDatabase.migrateAndSeed(dataSource);
        jdbc = JdbcClient.create(dataSource);
    }

    @AfterAll
    static void stopDatabase() throws IOException {
        postgres.close();
    }

    @Test
    @Order(1)
    void firstStartSeedsTheMinimumsQuickly() {
        System.out.println("Demo seeding took " + firstRun.took().toMillis() + " ms: " + firstRun);
        assertThat(firstRun.seeded()).isTrue();
        assertThat(firstRun.took()).isLessThan(Duration.ofSeconds(10));

        Map<String, Long> perTier = countBy("select tier as k, count(*) as n from linecare.customer group by tier");
        assertThat(perTier.values().stream().mapToLong(Long::longValue).sum()).isGreaterThanOrEqualTo(220);
        assertThat(perTier.get("standard") * 100 / 220).isBetween(65L, 75L);
        assertThat(perTier.get("premium") * 100 / 220).isBetween(18L, 26L);
        assertThat(perTier.get("enterprise") * 100 / 220).isBetween(6L, 10L);

        assertThat(count("select count(*) from linecare.area")).isEqualTo(12);
        assertThat(countBy("select area_id as k, count(*) as n from linecare.access_node group by area_id"))
                .hasSize(12).allSatisfy((area, nodes) -> assertThat(nodes).isBetween(2L, 3L));
        assertThat(count("select count(*) from linecare.technician")).isEqualTo(24);
        assertThat(count("select count(*) from linecare.price_change")).isBetween(2L, 3L);
        assertThat(count("select count(*) from linecare.price_change where announced_on is null")).isEqualTo(1);

        // every customer has a bill for each of the three whole months before today
        assertThat(count("""
                select count(*) from linecare.customer c
                 where (select count(distinct b.period_start) from linecare.bill b
                         where b.customer_id = c.id
                           and b.period_start in (date '2025-12-01', date '2026-01-01', date '2026-02-01')) <> 3""")).isZero();
        assertThat(count("select count(*) from linecare.bill b where not exists "
                + "(select 1 from linecare.bill_line l where l.bill_id = b.id)")).isZero();
        assertThat(count("select count(*) from linecare.bill b where b.total <> "
                + "(select sum(amount) from linecare.bill_line l where l.bill_id = b.id)")).isZero();

        // 14 days of hourly samples per area, ending with the current hour
        assertThat(countBy("select area_id as k, count(*) as n from linecare.network_measurement group by area_id"))
                .hasSize(12).allSatisfy((area, samples) -> assertThat(samples).isEqualTo(14 * 24L));
        assertThat(count("select count(*) from linecare.network_measurement where measured_at = timestamptz '2026-03-18 06:00Z'"))
                .isEqualTo(12);
        assertThat(count("select count(*) from linecare.network_measurement where measured_at > timestamptz '2026-03-18 06:00Z'"))
                .isZero();

        // shifts for 21 days from today for every active technician, none on Sundays
        assertThat(count("select count(distinct shift_date) from linecare.technician_shift")).isEqualTo(18);
        assertThat(count("select min(shift_date) = date '2026-03-18' and max(shift_date) = date '2026-04-07' "
                + "from linecare.technician_shift", Boolean.class)).isTrue();
        assertThat(count("select count(distinct technician_id) from linecare.technician_shift"))
                .isEqualTo(count("select count(*) from linecare.technician where active"));
        assertThat(count("select count(*) from linecare.technician_shift where extract(isodow from shift_date) = 7")).isZero();
    }

    @Test
    @Order(2)
    void theDatabaseHoldsExactlyTheGeneratedRows() {
        DemoIsp expected = DemoDatabase.expected();
        assertThat(count("select count(*) from linecare.customer")).isEqualTo(expected.customers().size());
        assertThat(count("select count(*) from linecare.subscription")).isEqualTo(expected.subscriptions().size());
        assertThat(count("select count(*) from linecare.bill_line")).isEqualTo(expected.billLines().size());
        assertThat(count("select count(*) from linecare.usage_record")).isEqualTo(expected.usageRecords().size());
        assertThat(jdbc.sql("select full_name from linecare.customer order by id").query(String.class).list())
                .isEqualTo(expected.customers().stream().map(c -> c.fullName()).toList());
    }

    @Test
    @Order(3)
    void seedingAgainDoesNotDuplicate() {
        List<Long> before = tableCounts();

        DemoDataSeeder.SeedReport again = DemoDatabase.seeder(dataSource, DemoDatabase.NOW).seed();

        assertThat(again.seeded()).isFalse();
        assertThat(again.measurementsAdded()).isZero();
        assertThat(again.shiftsAdded()).isZero();
        assertThat(tableCounts()).isEqualTo(before);
    }

    @Test
    @Order(4)
    void aLaterStartTopsUpOnlyTheGap() {
        long shiftsBefore = count("select count(*) from linecare.technician_shift");
        long activeTechnicians = count("select count(*) from linecare.technician where active");

        // two days and five hours later: 53 new hours per area; the 21-day shift window now also covers
        // Wed 8 and Thu 9 April, both working days
        DemoDataSeeder.SeedReport later = DemoDatabase.seeder(dataSource,
                DemoDatabase.NOW.plus(Duration.ofDays(2)).plus(Duration.ofHours(5))).seed();

        assertThat(later.seeded()).isFalse();
        assertThat(later.measurementsAdded()).isEqualTo(12 * (2 * 24 + 5));
        assertThat(later.shiftsAdded()).isEqualTo((int) (2 * activeTechnicians));
        assertThat(count("select count(*) from linecare.technician_shift")).isEqualTo(shiftsBefore + 2 * activeTechnicians);
    }

    @Test
    @Order(5)
    void rowsAddedLaterGetIdsAfterTheSeededOnes() {
        long id = jdbc.sql("""
                insert into linecare.customer (reference, full_name, tier, email, mobile, channel_preference,
                                               address, area_id, customer_since)
                values ('CU-900001', '测试客户', 'standard', 'test@example.com', '+8613900000000', 'sms',
                        '浙江省杭州市西湖区文三路1号', 'A01', date '2026-03-01')
                returning id""").query(Long.class).single();

        assertThat(id).isGreaterThan(220);
    }

    private List<Long> tableCounts() {
        return List.of("area", "access_node", "price_plan", "price_change", "customer", "subscription", "line_condition",
                        "technician", "technician_area", "technician_shift", "bill", "bill_line", "usage_record",
                        "network_measurement")
                .stream().map(table -> count("select count(*) from linecare." + table)).toList();
    }

    private static long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private static <T> T count(String sql, Class<T> type) {
        return jdbc.sql(sql).query(type).single();
    }

    private static Map<String, Long> countBy(String sql) {
        return jdbc.sql(sql).query((rs, row) -> Map.entry(rs.getString("k"), rs.getLong("n"))).list().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
