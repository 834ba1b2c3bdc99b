package io.linecare.retention;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.linecare.billing.RetentionOfferService;

/**
 * The retention side of a cancellation after intake: the suggested offer, the customer's answer, the
 * hand-over to cancelling, the equipment return and the 90-day check. Every write is safe to repeat.
 */
@Service
public class CancellationService {

    private final JdbcClient jdbc;
    private final Clock clock;

    public CancellationService(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Optional<CancellationRequest> find(String reference) {
        return jdbc.sql("select * from linecare.cancellation_request where reference = ?").param(reference)
                .query(CancellationRequest::map).optional();
    }

    /** A retention offer applied for the request and still running (type and last day), for the case page. */
    public record RunningOffer(String type, LocalDate lastDay) {
    }

    public Optional<RunningOffer> runningOffer(String reference) {
        return jdbc.sql("""
                        select offer_type, ends_on from linecare.retention_offer_applied
                         where cancellation_reference = ? and ended_at is null order by applied_at desc limit 1""")
                .param(reference).query((rs, row) -> new RunningOffer(rs.getString(1), rs.getObject(2, LocalDate.class)))
                .optional();
    }

    public CancellationRequest require(String reference) {
        return find(reference).orElseThrow(() -> new IllegalArgumentException("No cancellation request " + reference));
    }

    /** Keeps the one offer of the one save attempt; a retry rewrites it until the customer has answered. */
    public void offerSuggested(String reference, RetentionOfferService.Offer offer, BigDecimal budget) {
        jdbc.sql("""
                        insert into linecare.retention_offer (cancellation_reference, offer_type, offer_value, offer_months,
                            offer_cost, offer_budget, suggested_at) values (?, ?, ?, ?, ?, ?, ?)
                        on conflict (cancellation_reference) do update set offer_type = excluded.offer_type,
                            offer_value = excluded.offer_value, offer_months = excluded.offer_months,
                            offer_cost = excluded.offer_cost, offer_budget = excluded.offer_budget,
                            suggested_at = excluded.suggested_at
                        where linecare.retention_offer.outcome is null""")
                .params(reference, offer.type(), offer.value(), offer.months(), offer.cost(), budget,
                        Timestamp.from(clock.instant()))
                .update();
    }

    /** The customer stays: the offer is accepted and the request closes as saved. */
    @Transactional
    public void saved(String reference) {
        answer(reference, "accepted");
        status(reference, "saved", "requested");
    }

    /**
     * The cancellation goes ahead as asked: declined, or nobody reached the customer in time. Also sets up
     * the equipment return the fee is charged against later.
     */
    @Transactional
    public void proceed(String reference, String outcome, BigDecimal finalCredit, BigDecimal equipmentFee) {
        answer(reference, outcome);
        Instant now = clock.instant();
        jdbc.sql("""
                        update linecare.cancellation_request set status = 'cancelling', final_credit_amount = ?, last_update = ?
                        where reference = ? and status = 'requested'""")
                .params(finalCredit, Timestamp.from(now), reference).update();
        jdbc.sql("""
                        insert into linecare.equipment_return (cancellation_reference, subscription_id, status, fee_amount)
                        select reference, subscription_id, 'awaiting', ? from linecare.cancellation_request where reference = ?
                        on conflict do nothing""")
                .params(equipmentFee, reference).update();
    }

    /** The warehouse scanned the equipment. @return false when it was already returned or the fee charged */
    public boolean equipmentReturned(String reference) {
        return jdbc.sql("""
                        update linecare.equipment_return set status = 'returned', returned_at = ?
                        where cancellation_reference = ? and status = 'awaiting'""")
                .params(Timestamp.from(clock.instant()), reference).update() == 1;
    }

    public Optional<String> equipmentStatus(String reference) {
        return jdbc.sql("select status from linecare.equipment_return where cancellation_reference = ?").param(reference)
                .query(String.class).optional();
    }

    /**
     * 90 days after a save: the customer stayed unless the line has ended (or is suspended) or they asked
     * to cancel it again. The first answer is kept.
     */
    @Transactional
    public boolean checkReChurn(String reference) {
        CancellationRequest request = require(reference);
        String lineStatus = jdbc.sql("select status from linecare.subscription where id = ?").param(request.subscriptionId())
                .query(String.class).optional().orElse("cancelled");
        long laterRequests = jdbc.sql("""
                        select count(*) from linecare.cancellation_request
                        where subscription_id = ? and reference <> ? and created_at > ?""")
                .params(request.subscriptionId(), reference, Timestamp.from(request.createdAt())).query(Long.class).single();
        boolean stayed = "active".equals(lineStatus) && laterRequests == 0;
        String detail = "line " + request.lineNumber() + " is " + lineStatus
                + (laterRequests > 0 ? ", asked to cancel again" : "");
        jdbc.sql("""
                        insert into linecare.re_churn_check (cancellation_reference, stayed, detail, checked_at)
                        values (?, ?, ?, ?) on conflict do nothing""")
                .params(reference, stayed, detail, Timestamp.from(clock.instant())).update();
        return jdbc.sql("select stayed from linecare.re_churn_check where cancellation_reference = ?").param(reference)
                .query(Boolean.class).single();
    }

    public void exitSurveyAnswered(String reference, String answer) {
        jdbc.sql("""
                        insert into linecare.exit_survey (cancellation_reference, answer, answered_at) values (?, ?, ?)
                        on conflict do nothing""")
                .params(reference, answer, Timestamp.from(clock.instant())).update();
    }

    private void answer(String reference, String outcome) {
        jdbc.sql("update linecare.retention_offer set outcome = ?, outcome_at = ? where cancellation_reference = ? and outcome is null")
                .params(outcome, Timestamp.from(clock.instant()), reference).update();
    }

    private void status(String reference, String to, String from) {
        jdbc.sql("update linecare.cancellation_request set status = ?, last_update = ? where reference = ? and status = ?")
                .params(to, Timestamp.from(clock.instant()), reference, from).update();
    }
}
