package io.linecare.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.linecare.demo.SeededDemoDatabase;

/**
 * The retention measures on real PostgreSQL, over cancellations written here so that every figure can
 * be checked by hand (the demo ISP has no cancellations of its own). In 2031:
 *
 * <pre>
 *  #  reason            offer          outcome     then
 *  1  price             discount       accepted    applied 120.00, stayed at 90 days
 *  2  price             discount       declined    disconnected after 10 days
 *  3  competitor-offer  discount       accepted    applied 180.00, left again within 90 days
 *  4  competitor-offer  speed-upgrade  no-contact  disconnected after 20 days
 *  5  moving-away       none           declined    disconnected after 30 days
 *  6  service-quality   free-months    accepted    applied 300.00, stayed at 90 days
 *  7  not-using         none           declined    disconnected after 40 days
 *  8  price             discount       declined    disconnected after 50 days (taken 31 Dec, 20:00 UTC)
 *  9  price             discount       (none yet)  still waiting for the save call
 * </pre>
 * and outside 2031: #10 (31 Dec 2030, 23:59:59 UTC) price, discount accepted, applied 999.00, left again;
 * #11 (1 Jan 2032, 00:00 UTC) price, discount declined, disconnected after 1 day.
 */
class RetentionKpiQueriesTest {

    @RegisterExtension
    static final SeededDemoDatabase database = new SeededDemoDatabase();

    private static final Instant YEAR_2031 = Instant.parse("2031-01-01T00:00:00Z");
    private static JdbcClient jdbc;
    private static RetentionKpiQueries queries;

    @BeforeAll
    static void cancellations() {
        jdbc = database.jdbc();
        queries = new RetentionKpiQueries(jdbc);
        saved(1, days(10), "price", "discount", "120.00", true);
        cancelled(2, days(20), "price", "discount", "declined", 10);
        saved(3, days(30), "competitor-offer", "discount", "180.00", false);
        cancelled(4, days(40), "competitor-offer", "speed-upgrade", "no-contact", 20);
        cancelled(5, days(50), "moving-away", "none", "declined", 30);
        saved(6, days(60), "service-quality", "free-months", "300.00", true);
        cancelled(7, days(70), "not-using", "none", "declined", 40);
        cancelled(8, Instant.parse("2031-12-31T20:00:00Z"), "price", "discount", "declined", 50);
        request(9, days(80), "price", "requested");
        offer(9, "discount", null, days(80));
        saved(10, Instant.parse("2030-12-31T23:59:59Z"), "price", "discount", "999.00", false);
        cancelled(11, Instant.parse("2032-01-01T00:00:00Z"), "price", "discount", "declined", 1);
    }

    @Test
    void theFiguresOfOneYear() {
        RetentionKpis kpis = queries.measure(LocalDate.of(2031, 1, 1), LocalDate.of(2031, 12, 31));

        assertThat(kpis.from()).isEqualTo(LocalDate.of(2031, 1, 1));
        // 8 answered (not #9), 3 saved
        assertThat(kpis.saveRate().answered()).isEqualTo(8);
        assertThat(kpis.saveRate().saved()).isEqualTo(3);
        assertThat(kpis.saveRate().rate()).isEqualByComparingTo("0.375");
        assertThat(kpis.saveRate().byOfferType()).containsExactly(
                new RetentionKpis.ByOfferType("discount", 4, 2, new BigDecimal("0.5000")),
                new RetentionKpis.ByOfferType("free-months", 1, 1, new BigDecimal("1.0000")),
                new RetentionKpis.ByOfferType("none", 2, 0, new BigDecimal("0.0000")),
                new RetentionKpis.ByOfferType("speed-upgrade", 1, 0, new BigDecimal("0.0000")));
        assertThat(kpis.saveRate().byReason()).containsExactly(
                new RetentionKpis.ByReason("competitor-offer", 2, 1, new BigDecimal("0.5000")),
                new RetentionKpis.ByReason("moving-away", 1, 0, new BigDecimal("0.0000")),
                new RetentionKpis.ByReason("not-using", 1, 0, new BigDecimal("0.0000")),
                new RetentionKpis.ByReason("price", 3, 1, new BigDecimal("0.3333")),
                new RetentionKpis.ByReason("service-quality", 1, 1, new BigDecimal("1.0000")));
        // #1, #3, #6 checked; #3 left again
        assertThat(kpis.reChurn90Days()).isEqualTo(new RetentionKpis.ReChurn(3, 1, new BigDecimal("0.3333")));
        // 120 + 180 + 300
        assertThat(kpis.offerCost()).isEqualTo(new RetentionKpis.OfferCost(3, "CNY", new BigDecimal("600.00"),
                new BigDecimal("200.00")));
        // 10, 20, 30, 40, 50 days: median 30; p90 at rank 0.9 × 4 = 3.6, i.e. 40 + 0.6 × 10
        assertThat(kpis.timeToCancel()).isEqualTo(new RetentionKpis.TimeToCancel(5, new BigDecimal("30.00"),
                new BigDecimal("46.00")));
    }

    @Test
    void withoutAPeriodEveryRequestCounts() {
        RetentionKpis kpis = queries.measure(null, null);

        assertThat(kpis.saveRate().answered()).isEqualTo(10);
        assertThat(kpis.saveRate().rate()).isEqualByComparingTo("0.4");
        assertThat(kpis.reChurn90Days()).isEqualTo(new RetentionKpis.ReChurn(4, 2, new BigDecimal("0.5000")));
        assertThat(kpis.offerCost()).isEqualTo(new RetentionKpis.OfferCost(4, "CNY", new BigDecimal("1599.00"),
                new BigDecimal("399.75")));
        // 1, 10, 20, 30, 40, 50 days: median between 20 and 30; p90 at rank 4.5, i.e. 40 + 0.5 × 10
        assertThat(kpis.timeToCancel()).isEqualTo(new RetentionKpis.TimeToCancel(6, new BigDecimal("25.00"),
                new BigDecimal("45.00")));
    }

    @Test
    void aPeriodWithoutCancellationsHasNoRatesRatherThanZeroes() {
        RetentionKpis kpis = queries.measure(LocalDate.of(2040, 1, 1), null);

        assertThat(kpis.saveRate()).isEqualTo(new RetentionKpis.SaveRate(0, 0, null, java.util.List.of(), java.util.List.of()));
        assertThat(kpis.reChurn90Days()).isEqualTo(new RetentionKpis.ReChurn(0, 0, null));
        assertThat(kpis.offerCost()).isEqualTo(new RetentionKpis.OfferCost(0, "CNY", new BigDecimal("0.00"), null));
        assertThat(kpis.timeToCancel()).isEqualTo(new RetentionKpis.TimeToCancel(0, null, null));
    }

    // ------------------------------------------------------------------ the cancellations

    private static Instant days(int afterNewYear) {
        return YEAR_2031.plus(Duration.ofDays(afterNewYear));
    }

    private static String reference(int n, Instant created) {
        return "CS-" + created.atZone(ZoneOffset.UTC).getYear() + "-" + String.format("%06d", n);
    }

    private static void saved(int n, Instant created, String reason, String offerType, String cost, boolean stayed) {
        String reference = request(n, created, reason, "saved");
        offer(n, offerType, "accepted", created);
        jdbc.sql("""
                        insert into linecare.retention_offer_applied (cancellation_reference, idempotency_key, customer_id,
                            subscription_id, offer_type, offer_value, monthly_reduction, starts_on, ends_on, total_cost, applied_at)
                        values (?, ?, ?, ?, ?, 10, 10, ?, ?, ?, ?)""")
                .params(reference, reference + ":apply", 900_000 + n, 900_000 + n, offerType,
                        LocalDate.ofInstant(created, ZoneOffset.UTC), LocalDate.ofInstant(created, ZoneOffset.UTC).plusMonths(6),
                        new BigDecimal(cost), Timestamp.from(created.plus(Duration.ofDays(1))))
                .update();
        jdbc.sql("insert into linecare.re_churn_check (cancellation_reference, stayed, detail, checked_at) values (?, ?, 'test', ?)")
                .params(reference, stayed, Timestamp.from(created.plus(Duration.ofDays(90)))).update();
    }

    private static void cancelled(int n, Instant created, String reason, String offerType, String outcome, int days) {
        String reference = request(n, created, reason, "cancelled");
        offer(n, offerType, outcome, created);
        Instant disconnected = created.plus(Duration.ofDays(days));
        jdbc.sql("""
                        insert into linecare.disconnection (subscription_id, cancellation_reference, effective_on, disconnected_at)
                        values (?, ?, ?, ?)""")
                .params(900_000 + n, reference, LocalDate.ofInstant(disconnected, ZoneOffset.UTC), Timestamp.from(disconnected))
                .update();
    }

    private static String request(int n, Instant created, String reason, String status) {
        String reference = reference(n, created);
        jdbc.sql("""
                        insert into linecare.cancellation_request (reference, customer_id, customer_reference, subscription_id,
                            line_number, reason, channel, requested_end_date, service_ends_at, status, created_by, created_at,
                            last_update)
                        values (?, ?, ?, ?, ?, ?, 'phone', ?, ?, ?, 'wang.fang', ?, ?)""")
                .params(reference, 900_000 + n, "CU-9" + String.format("%05d", n), 900_000 + n, "BB-TEST-" + n, reason,
                        LocalDate.ofInstant(created, ZoneOffset.UTC).plusDays(30), Timestamp.from(created.plus(Duration.ofDays(30))),
                        status, Timestamp.from(created), Timestamp.from(created))
                .update();
        return reference;
    }

    private static void offer(int n, String type, String outcome, Instant created) {
        String reference = jdbc.sql("select reference from linecare.cancellation_request where subscription_id = ?")
                .param(900_000 + n).query(String.class).single();
        jdbc.sql("""
                        insert into linecare.retention_offer (cancellation_reference, offer_type, offer_value, offer_months,
                            offer_cost, offer_budget, suggested_at, outcome, outcome_at)
                        values (?, ?, 0, 0, 0, 300, ?, ?, ?)""")
                .params(reference, type, Timestamp.from(created), outcome,
                        outcome == null ? null : Timestamp.from(created.plus(Duration.ofDays(1))))
                .update();
    }
}
