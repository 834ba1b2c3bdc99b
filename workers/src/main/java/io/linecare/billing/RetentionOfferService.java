package io.linecare.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Prices a retention offer against the tier's budget and applies an accepted one, once per
 * idempotency key. An applied offer is a monthly reduction of the line's price from today for the
 * offer's months (what the billing run subtracts). A speed upgrade moves the line onto the next faster
 * plan for those months, the reduction being the price difference, so the customer's price does not
 * change; afterwards {@link #endUpgrade} puts the line back on its own plan, at the same price again.
 * Neither a price rise after the offer nor a faster line taken away unannounced: the confirmation says
 * for how many months, and the customer is told when the line goes back.
 */
@Service
public class RetentionOfferService {

    private static final String SPEED_UPGRADE = "speed-upgrade";

    private final JdbcClient jdbc;
    private final Clock clock;

    public RetentionOfferService(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * An offer as decided and priced.
     *
     * @param value   discount: percent; speed-upgrade: extra Mbps; free-months: the months free
     * @param months  how many months the offer runs
     * @param monthlyReduction what the customer's bill (or our margin, for an upgrade) loses per month
     */
    public record Offer(String type, int value, int months, BigDecimal monthlyReduction, BigDecimal cost) {

        public static Offer none() {
            return new Offer("none", 0, 0, BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2));
        }

        public boolean isNone() {
            return "none".equals(type);
        }
    }

    public enum Outcome { APPLIED, ALREADY_APPLIED, NOTHING_TO_APPLY }

    /**
     * How a speed upgrade ended: {@code restored} when the line went back to its plan (download
     * {@code restoredMbps}); not when the line had meanwhile ended or changed plan (nothing to tell then).
     * {@code upgradedMbps} and {@code upgradedPrice}: the faster plan, should the customer want to keep it.
     */
    public record UpgradeEnd(boolean restored, int restoredMbps, int upgradedMbps, BigDecimal upgradedPrice) {
    }

    /**
     * Prices what retention-offer.dmn suggested for the line and fits it into the budget: fewer months
     * when the whole offer costs more, no offer when not even one month fits (or there is no faster plan).
     */
    public Offer price(long subscriptionId, String type, int value, int months, BigDecimal budget) {
        if (type == null || "none".equals(type) || value <= 0) {
            return Offer.none();
        }
        Line line = line(subscriptionId);
        BigDecimal monthly;
        int upgradeMbps = value;
        switch (type) {
            case "discount" -> monthly = line.price().multiply(BigDecimal.valueOf(Math.min(value, 100)))
                    .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
            case "free-months" -> {
                monthly = line.price();
                months = value;
            }
            case "speed-upgrade" -> {
                Optional<Line> faster = fasterPlan(line);
                if (faster.isEmpty()) {
                    return Offer.none();
                }
                monthly = faster.get().price().subtract(line.price()).max(BigDecimal.ZERO);
                upgradeMbps = faster.get().mbps() - line.mbps();
            }
            default -> throw new IllegalArgumentException("Unknown retention offer type '" + type + "'");
        }
        if (months <= 0) {
            return Offer.none();
        }
        if (monthly.signum() > 0 && monthly.multiply(BigDecimal.valueOf(months)).compareTo(budget) > 0) {
            months = budget.divide(monthly, 0, RoundingMode.DOWN).intValue();
            if (months < 1) {
                return Offer.none();
            }
        }
        int shown = "free-months".equals(type) ? months : "speed-upgrade".equals(type) ? upgradeMbps : value;
        return new Offer(type, shown, months, monthly, monthly.multiply(BigDecimal.valueOf(months)).setScale(2, RoundingMode.HALF_UP));
    }

    /**
     * Applies the offer from today; a second call with the same key writes nothing. A speed upgrade also
     * moves the line onto the next faster plan (none left: nothing to apply).
     */
    @Transactional
    public Outcome apply(String caseReference, String idempotencyKey, long customerId, long subscriptionId, Offer offer,
                         ZoneId zone) {
        if (offer.isNone()) {
            return Outcome.NOTHING_TO_APPLY;
        }
        // before looking for a faster plan: a retry after the switch would find one faster than the upgrade
        if (endsOn(idempotencyKey).isPresent()) {
            return Outcome.ALREADY_APPLIED;
        }
        String original = null;
        String upgraded = null;
        if (SPEED_UPGRADE.equals(offer.type())) {
            Line line = line(subscriptionId);
            Optional<Line> faster = fasterPlan(line);
            if (faster.isEmpty()) {
                return Outcome.NOTHING_TO_APPLY;
            }
            original = line.planCode();
            upgraded = faster.get().planCode();
        }
        Instant now = clock.instant();
        LocalDate starts = LocalDate.ofInstant(now, zone);
        int inserted = jdbc.sql("""
                        insert into linecare.retention_offer_applied (cancellation_reference, idempotency_key, customer_id,
                            subscription_id, offer_type, offer_value, monthly_reduction, starts_on, ends_on, total_cost, applied_at,
                            original_plan_code, upgraded_plan_code)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (idempotency_key) do nothing""")
                .params(caseReference, idempotencyKey, customerId, subscriptionId, offer.type(), offer.value(),
                        offer.monthlyReduction(), starts, starts.plusMonths(offer.months()).minusDays(1), offer.cost(),
                        Timestamp.from(now), original, upgraded)
                .update();
        if (inserted == 0) {
            return Outcome.ALREADY_APPLIED;
        }
        if (upgraded != null) {
            jdbc.sql("update linecare.subscription set plan_code = ? where id = ? and plan_code = ?")
                    .params(upgraded, subscriptionId, original).update();
        }
        return Outcome.APPLIED;
    }

    /** The last day of the offer applied under this key, if one was. */
    public Optional<LocalDate> endsOn(String idempotencyKey) {
        return jdbc.sql("select ends_on from linecare.retention_offer_applied where idempotency_key = ?")
                .param(idempotencyKey).query(LocalDate.class).optional();
    }

    /**
     * The upgrade's months are over: the line goes back to the plan it had, if it is still active and
     * still on the upgraded plan. Once per case: a second call answers as the first did.
     *
     * @throws IllegalArgumentException when the case has no speed upgrade applied
     */
    @Transactional
    public UpgradeEnd endUpgrade(String caseReference) {
        record Applied(long id, long subscriptionId, String original, String upgraded, Boolean restored) {
        }
        Applied applied = jdbc.sql("""
                        select id, subscription_id, original_plan_code, upgraded_plan_code, plan_restored
                        from linecare.retention_offer_applied
                        where cancellation_reference = ? and upgraded_plan_code is not null
                        order by applied_at desc limit 1 for update""")
                .param(caseReference)
                .query((rs, row) -> new Applied(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        (Boolean) rs.getObject(5)))
                .optional().orElseThrow(() -> new IllegalArgumentException("No speed upgrade applied for " + caseReference));
        boolean restored;
        if (applied.restored() != null) {
            restored = applied.restored();
        } else {
            restored = jdbc.sql("""
                            update linecare.subscription set plan_code = ?
                            where id = ? and plan_code = ? and status = 'active'""")
                    .params(applied.original(), applied.subscriptionId(), applied.upgraded()).update() == 1;
            jdbc.sql("update linecare.retention_offer_applied set ended_at = ?, plan_restored = ? where id = ?")
                    .params(Timestamp.from(clock.instant()), restored, applied.id()).update();
        }
        return jdbc.sql("""
                        select o.download_mbps, u.download_mbps, u.monthly_price from linecare.price_plan o, linecare.price_plan u
                        where o.code = ? and u.code = ?""")
                .params(applied.original(), applied.upgraded())
                .query((rs, row) -> new UpgradeEnd(restored, rs.getInt(1), rs.getInt(2), rs.getBigDecimal(3))).single();
    }

    public long appliedCount(String caseReference) {
        return jdbc.sql("select count(*) from linecare.retention_offer_applied where cancellation_reference = ?")
                .param(caseReference).query(Long.class).single();
    }

    record Line(String planCode, String serviceType, BigDecimal price, int mbps) {
    }

    private Line line(long subscriptionId) {
        return jdbc.sql("""
                        select p.code, p.service_type, p.monthly_price, coalesce(p.download_mbps, 0) mbps
                        from linecare.subscription s join linecare.price_plan p on p.code = s.plan_code where s.id = ?""")
                .param(subscriptionId)
                .query((rs, row) -> new Line(rs.getString(1), rs.getString(2), rs.getBigDecimal(3), rs.getInt(4)))
                .optional().orElseThrow(() -> new IllegalArgumentException("No line with id " + subscriptionId));
    }

    private Optional<Line> fasterPlan(Line line) {
        return jdbc.sql("""
                        select code, service_type, monthly_price, download_mbps from linecare.price_plan
                        where service_type = ? and download_mbps > ? order by download_mbps, monthly_price limit 1""")
                .params(line.serviceType(), line.mbps())
                .query((rs, row) -> new Line(rs.getString(1), rs.getString(2), rs.getBigDecimal(3), rs.getInt(4)))
                .optional();
    }
}
