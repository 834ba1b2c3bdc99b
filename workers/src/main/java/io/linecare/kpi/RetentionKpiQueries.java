package io.linecare.kpi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The retention measures computed in PostgreSQL over the cancellation tables (V9): nothing is kept
 * besides what the flow records anyway, so the figures can never drift from the cases.
 */
@Repository
public class RetentionKpiQueries {

    static final String CURRENCY = "CNY";
    private static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-01-01T00:00:00Z");
    private static final String PERIOD = " r.created_at >= :from and r.created_at < :until ";

    private final JdbcClient jdbc;

    public RetentionKpiQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The measures over the requests taken on the days {@code from}..{@code to} (UTC, both included; null = open). */
    public RetentionKpis measure(LocalDate from, LocalDate to) {
        Timestamp start = Timestamp.from(from == null ? EARLIEST : from.atStartOfDay(ZoneOffset.UTC).toInstant());
        Timestamp until = Timestamp.from(to == null ? LATEST : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        return new RetentionKpis(from, to, saveRate(start, until), reChurn(start, until), offerCost(start, until),
                timeToCancel(start, until));
    }

    private RetentionKpis.SaveRate saveRate(Timestamp start, Timestamp until) {
        String answered = """
                select %s as grouped, count(*) as answered, count(*) filter (where o.outcome = 'accepted') as saved
                  from linecare.cancellation_request r
                  join linecare.retention_offer o on o.cancellation_reference = r.reference
                 where o.outcome is not null and""" + PERIOD + "group by 1 order by 1";
        List<RetentionKpis.ByOfferType> byOffer = jdbc.sql(answered.formatted("o.offer_type"))
                .param("from", start).param("until", until)
                .query((rs, row) -> new RetentionKpis.ByOfferType(rs.getString("grouped"), rs.getLong("answered"),
                        rs.getLong("saved"), share(rs.getLong("saved"), rs.getLong("answered"))))
                .list();
        List<RetentionKpis.ByReason> byReason = jdbc.sql(answered.formatted("r.reason"))
                .param("from", start).param("until", until)
                .query((rs, row) -> new RetentionKpis.ByReason(rs.getString("grouped"), rs.getLong("answered"),
                        rs.getLong("saved"), share(rs.getLong("saved"), rs.getLong("answered"))))
                .list();
        long total = byOffer.stream().mapToLong(RetentionKpis.ByOfferType::answered).sum();
        long saved = byOffer.stream().mapToLong(RetentionKpis.ByOfferType::saved).sum();
        return new RetentionKpis.SaveRate(total, saved, share(saved, total), byOffer, byReason);
    }

    private RetentionKpis.ReChurn reChurn(Timestamp start, Timestamp until) {
        return jdbc.sql("""
                        select count(*) as checked, count(*) filter (where not c.stayed) as re_churned
                          from linecare.re_churn_check c
                          join linecare.cancellation_request r on r.reference = c.cancellation_reference
                         where""" + PERIOD)
                .param("from", start).param("until", until)
                .query((rs, row) -> new RetentionKpis.ReChurn(rs.getLong("checked"), rs.getLong("re_churned"),
                        share(rs.getLong("re_churned"), rs.getLong("checked"))))
                .single();
    }

    private RetentionKpis.OfferCost offerCost(Timestamp start, Timestamp until) {
        return jdbc.sql("""
                        select count(*) as applied, coalesce(sum(a.total_cost), 0) as total, avg(a.total_cost) as average
                          from linecare.retention_offer_applied a
                          join linecare.cancellation_request r on r.reference = a.cancellation_reference
                         where""" + PERIOD)
                .param("from", start).param("until", until)
                .query((rs, row) -> new RetentionKpis.OfferCost(rs.getLong("applied"), CURRENCY,
                        money(rs.getBigDecimal("total")), money(rs.getBigDecimal("average"))))
                .single();
    }

    private RetentionKpis.TimeToCancel timeToCancel(Timestamp start, Timestamp until) {
        return jdbc.sql("""
                        select count(*) as cancelled,
                               percentile_cont(0.5) within group (order by extract(epoch from d.disconnected_at - r.created_at)) as median,
                               percentile_cont(0.9) within group (order by extract(epoch from d.disconnected_at - r.created_at)) as p90
                          from linecare.disconnection d
                          join linecare.cancellation_request r on r.reference = d.cancellation_reference
                         where""" + PERIOD)
                .param("from", start).param("until", until)
                .query((rs, row) -> new RetentionKpis.TimeToCancel(rs.getLong("cancelled"),
                        days(rs.getBigDecimal("median")), days(rs.getBigDecimal("p90"))))
                .single();
    }

    static BigDecimal share(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }

    private static BigDecimal money(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal days(BigDecimal seconds) {
        return seconds == null ? null : seconds.divide(BigDecimal.valueOf(86_400), 2, RoundingMode.HALF_UP);
    }
}
