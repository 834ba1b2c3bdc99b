package io.linecare.retention;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.linecare.billing.Bill;
import io.linecare.billing.BillingSystem;
import io.linecare.billing.PricePlan;
import io.linecare.communication.template.LocalizedFormats;
import io.linecare.customer.Customer;
import io.linecare.customer.CustomerDirectory;
import io.linecare.customer.Subscription;

/**
 * Gathers what we know about a customer who wants to leave (CRM, bills, repair history with the promises
 * kept and broken, open cases, NPS), scores it with {@link RetentionScoring} and keeps the assessment
 * on the request. A repair promise counts as broken when the case has a compensation credit (the
 * fault-repair flow credits every broken promise) and as kept when the ticket was resolved without one.
 */
@Service
public class ScoringService {

    /** Faults this recent count, and their promises. */
    static final int HISTORY_DAYS = 365;

    private final CustomerDirectory customers;
    private final BillingSystem billing;
    private final List<OpenCases> openCases;
    private final JdbcClient jdbc;
    private final Clock clock;

    public ScoringService(CustomerDirectory customers, BillingSystem billing, List<OpenCases> openCases, JdbcClient jdbc,
                          Clock clock) {
        this.customers = customers;
        this.billing = billing;
        this.openCases = openCases;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public record Assessment(RetentionScoring.Facts facts, RetentionScoring.Score score, String story) {

        /** The oldest open case of this kind (fault or dispute), the one the flow has worked first. */
        public Optional<OpenCases.OpenCase> firstOpen(String kind) {
            return facts.openCases().stream().filter(c -> kind.equals(c.kind())).findFirst();
        }
    }

    @Transactional
    public Assessment assess(String reference) {
        CancellationRequest request = jdbc.sql("select * from linecare.cancellation_request where reference = ?")
                .param(reference).query(CancellationRequest::map).optional()
                .orElseThrow(() -> new IllegalArgumentException("No cancellation request " + reference));
        Customer customer = customers.findById(request.customerId())
                .orElseThrow(() -> new IllegalArgumentException("Customer " + request.customerId() + " of " + reference
                        + " is not in the CRM"));
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, customer.timeZone());
        int tenure = (int) Math.max(0, ChronoUnit.MONTHS.between(customer.customerSince(), today));
        Instant since = now.minus(HISTORY_DAYS, ChronoUnit.DAYS);
        record Fault(String id, boolean credited, boolean resolved) {
        }
        List<Fault> faults = jdbc.sql("""
                        select t.id,
                               exists (select 1 from linecare.credit c where c.case_reference = t.id) credited,
                               t.resolution is not null or exists (select 1 from linecare.trouble_ticket_status_change s
                                   where s.ticket_id = t.id and s.status in ('resolved', 'closed')) resolved
                        from linecare.trouble_ticket t where t.customer_id = ? and t.creation_date >= ?""")
                .params(customer.id(), Timestamp.from(since))
                .query((rs, row) -> new Fault(rs.getString(1), rs.getBoolean(2), rs.getBoolean(3))).list();
        int broken = (int) faults.stream().filter(Fault::credited).count();
        int kept = (int) faults.stream().filter(f -> f.resolved() && !f.credited()).count();
        List<OpenCases.OpenCase> open = new ArrayList<>();
        openCases.forEach(source -> open.addAll(source.openCasesOf(customer.id())));

        RetentionScoring.Facts facts = new RetentionScoring.Facts(tenure, monthlySpend(customer.id()), customer.tier().code(),
                faults.size(), kept, broken, customer.npsScore(), request.reason(), open);
        RetentionScoring.Score score = RetentionScoring.score(facts);
        String story = story(customer, request, facts, score, settledSince(customer.id(), request.createdAt()));

        jdbc.sql("""
                        insert into linecare.cancellation_assessment (cancellation_reference, churn_risk, cltv_band,
                            cltv_amount, tenure_months, monthly_spend, recent_faults, promises_kept, promises_broken,
                            open_cases, nps_score, assessed_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (cancellation_reference) do update set churn_risk = excluded.churn_risk,
                            cltv_band = excluded.cltv_band, cltv_amount = excluded.cltv_amount,
                            tenure_months = excluded.tenure_months, monthly_spend = excluded.monthly_spend,
                            recent_faults = excluded.recent_faults, promises_kept = excluded.promises_kept,
                            promises_broken = excluded.promises_broken, open_cases = excluded.open_cases,
                            nps_score = excluded.nps_score, assessed_at = excluded.assessed_at""")
                .params(reference, score.churnRisk(), score.cltvBand(), score.cltvAmount(), tenure, facts.monthlySpend(),
                        faults.size(), kept, broken, open.stream().map(OpenCases.OpenCase::reference).toArray(String[]::new),
                        customer.npsScore(), Timestamp.from(now))
                .update();
        return new Assessment(facts, score, story);
    }

    /** The average of the last three bills; a customer without bills yet pays their lines' monthly prices. */
    BigDecimal monthlySpend(long customerId) {
        List<Bill> bills = billing.billsOf(customerId).stream().limit(3).toList();
        if (!bills.isEmpty()) {
            BigDecimal total = bills.stream().map(Bill::total).reduce(BigDecimal.ZERO, BigDecimal::add);
            return total.divide(BigDecimal.valueOf(bills.size()), 2, RoundingMode.HALF_UP).max(BigDecimal.ZERO);
        }
        return customers.subscriptionsOf(customerId).stream().filter(Subscription::isActive)
                .map(line -> billing.pricePlan(line.planCode()).map(PricePlan::monthlyPrice).orElse(BigDecimal.ZERO))
                .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * Faults resolved and disputes decided since the customer asked to cancel: what "fix before you save"
     * achieved, for the agent to say on the call (empty at the first scoring).
     */
    List<String> settledSince(long customerId, Instant since) {
        return jdbc.sql("""
                        select 'fault ' || t.id || ' resolved' as settled, min(s.change_date) as at
                          from linecare.trouble_ticket t join linecare.trouble_ticket_status_change s on s.ticket_id = t.id
                         where t.customer_id = :customer and s.status in ('resolved', 'closed') and s.change_date >= :since
                         group by t.id
                        union all
                        select 'dispute ' || d.id || ' decided: ' || dd.decision, dd.decided_at
                          from linecare.billing_dispute d join linecare.billing_dispute_decision dd on dd.dispute_id = d.id
                         where d.customer_id = :customer and d.status <> 'open' and dd.decided_at >= :since
                           and dd.decided_at = (select max(x.decided_at) from linecare.billing_dispute_decision x
                                                 where x.dispute_id = d.id)
                         order by at""")
                .param("customer", customerId).param("since", Timestamp.from(since))
                .query((rs, row) -> rs.getString("settled")).list();
    }

    static String story(Customer customer, CancellationRequest request, RetentionScoring.Facts facts,
                        RetentionScoring.Score score, List<String> settledSinceRequest) {
        LocalizedFormats staff = new LocalizedFormats(Locale.ENGLISH, customer.timeZone());
        StringBuilder story = new StringBuilder();
        story.append("Customer since ").append(customer.customerSince()).append(" (").append(facts.tenureMonths())
                .append(" months), ").append(facts.tier()).append(customer.bigClient() ? ", big client" : "")
                .append(", spends ").append(money(facts.monthlySpend())).append(" a month.\n");
        story.append("Wants to cancel line ").append(request.lineNumber()).append(": ").append(request.reason().code())
                .append(request.reasonDetail() == null ? "" : " - \"" + request.reasonDetail() + "\"")
                .append(". The service ends ").append(staff.dateTime(request.serviceEndsAt()))
                .append(" unless they choose to stay.\n");
        story.append("Faults in the last 12 months: ").append(facts.recentFaults()).append(" (repair promises kept ")
                .append(facts.promisesKept()).append(", broken ").append(facts.promisesBroken()).append(").\n");
        if (facts.openCases().isEmpty()) {
            story.append("No open faults or disputes.\n");
        } else {
            story.append("OPEN - fix before you save: ");
            facts.openCases().stream().sorted(Comparator.comparing(OpenCases.OpenCase::kind))
                    .forEach(c -> story.append(c.kind()).append(' ').append(c.reference()).append(" ").append(c.summary()).append("; "));
            story.setLength(story.length() - 2);
            story.append(".\n");
        }
        if (!settledSinceRequest.isEmpty()) {
            story.append("Dealt with since they asked to cancel: ").append(String.join("; ", settledSinceRequest)).append(".\n");
        }
        Integer nps = facts.npsScore();
        story.append("NPS answer: ").append(nps == null ? "none" : nps + (nps <= 6 ? " (detractor)" : nps <= 8 ? " (passive)" : " (promoter)"))
                .append(".\n");
        story.append("Churn risk ").append(score.churnRisk()).append(", lifetime value ").append(score.cltvBand())
                .append(" (about ").append(money(score.cltvAmount())).append(").");
        return story.toString();
    }

    private static String money(BigDecimal amount) {
        return "CNY " + amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
