package io.linecare.communication.status;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.linecare.billing.Bill;
import io.linecare.billing.BillLine;
import io.linecare.billing.BillingSystem;
import io.linecare.billing.PricePlan;
import io.linecare.communication.status.Account.AccountBill;
import io.linecare.communication.status.Account.AccountBillLine;
import io.linecare.communication.status.Account.Hold;
import io.linecare.communication.status.Account.Line;
import io.linecare.communication.status.Account.OpenCase;
import io.linecare.customer.Customer;
import io.linecare.customer.CustomerDirectory;
import io.linecare.customer.Subscription;
import io.linecare.dispute.DisputePolicy;
import io.linecare.platform.roles.ConditionalOnRole;
import io.linecare.platform.roles.Role;

/**
 * Reads a customer's account for the account page: the CRM's lines, the billing system's bills (only
 * those the dispute window still allows, as {@code DisputeService} checks it), the money on hold, and
 * the cases not yet finished from Linecare's own tables. Read only; nothing here needs an engine user.
 */
@Component
@ConditionalOnRole(Role.WEB)
class AccountReader {

    private final CustomerDirectory customers;
    private final BillingSystem billing;
    private final JdbcClient jdbc;
    private final Clock clock;

    AccountReader(CustomerDirectory customers, BillingSystem billing, JdbcClient jdbc, Clock clock) {
        this.customers = customers;
        this.billing = billing;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Empty for a customer the CRM does not know (any more): the page then answers like a bad link. */
    Optional<Account> read(String customerReference) {
        return customers.findByReference(customerReference).map(this::read);
    }

    private Account read(Customer customer) {
        List<OpenCase> openCases = new ArrayList<>();
        openCases.addAll(faults(customer.id()));
        openCases.addAll(disputes(customer.id()));
        List<OpenCase> cancellations = cancellations(customer.id());
        openCases.addAll(cancellations);

        Map<Long, String> lineById = new HashMap<>();
        List<Line> lines = new ArrayList<>();
        for (Subscription subscription : customers.subscriptionsOf(customer.id())) {
            lineById.put(subscription.id(), subscription.lineNumber());
            if (!subscription.isActive()) {
                continue;
            }
            String plan = billing.pricePlan(subscription.planCode()).map(PricePlan::name).orElse(subscription.planCode());
            OpenCase cancellation = cancellations.stream()
                    .filter(c -> c.detail().equals(subscription.lineNumber())).findFirst().orElse(null);
            lines.add(new Line(subscription.id(), subscription.lineNumber(), subscription.serviceType().code(), plan,
                    subscription.startedOn(), cancellation));
        }

        LocalDate today = clock.instant().atZone(ZoneOffset.UTC).toLocalDate();
        LocalDate oldestDisputable = today.minusDays(DisputePolicy.DISPUTE_WINDOW_DAYS);
        List<AccountBill> bills = new ArrayList<>();
        for (Bill bill : billing.billsOf(customer.id())) {
            if (bill.issuedOn().isBefore(oldestDisputable)) {
                continue;
            }
            Map<Long, String> disputed = disputedLines(bill.id());
            List<AccountBillLine> billLines = new ArrayList<>();
            for (BillLine line : billing.linesOf(bill.id())) {
                billLines.add(new AccountBillLine(line.id(),
                        line.subscriptionId() == null ? null : lineById.get(line.subscriptionId()),
                        line.kind().code(), line.description(), line.amount(), line.onHold(), disputed.get(line.id())));
            }
            bills.add(new AccountBill(bill.id(), bill.reference(), bill.periodStart(), bill.periodEnd(), bill.issuedOn(),
                    bill.dueOn(), bill.total(), bill.state().code(), billLines, holds(bill.id())));
        }
        return new Account(customer, lines, bills, openCases);
    }

    /** The bill's lines that are in an open dispute, with that dispute's reference. */
    private Map<Long, String> disputedLines(long billId) {
        Map<Long, String> disputed = new HashMap<>();
        jdbc.sql("""
                        select d.bill_line_id, d.dispute_id from linecare.billing_dispute_line d
                          join linecare.bill_line l on l.id = d.bill_line_id
                         where l.bill_id = ? and d.open""")
                .param(billId)
                .query((rs, row) -> Map.entry(rs.getLong(1), rs.getString(2)))
                .list()
                .forEach(entry -> disputed.put(entry.getKey(), entry.getValue()));
        return disputed;
    }

    private List<Hold> holds(long billId) {
        return jdbc.sql("select dispute_id, amount from linecare.bill_hold where bill_id = ? and status = 'active' order by id")
                .param(billId)
                .query((rs, row) -> new Hold(rs.getString(1), rs.getBigDecimal(2)))
                .list();
    }

    /** Trouble tickets whose latest status is not resolved, closed, cancelled or rejected. */
    private List<OpenCase> faults(long customerId) {
        return jdbc.sql("""
                        select t.id, t.name, s.status
                          from linecare.trouble_ticket t
                          join lateral (select status from linecare.trouble_ticket_status_change c
                                         where c.ticket_id = t.id order by c.id desc limit 1) s on true
                         where t.customer_id = ? and s.status in ('acknowledged', 'inProgress', 'pending', 'held')
                         order by t.creation_date, t.id""")
                .param(customerId)
                .query((rs, row) -> new OpenCase(OpenCase.FAULT, rs.getString("id"), rs.getString("status"),
                        rs.getString("name"), null, null))
                .list();
    }

    /** Disputes not closed: being decided, decided (the customer may still appeal), appealed. */
    private List<OpenCase> disputes(long customerId) {
        return jdbc.sql("""
                        select id, bill_reference, disputed_amount, status, decision_by from linecare.billing_dispute
                         where customer_id = ? and status <> 'closed' order by created_at, id""")
                .param(customerId)
                .query((rs, row) -> new OpenCase(OpenCase.DISPUTE, rs.getString("id"), rs.getString("status"),
                        rs.getString("bill_reference"), rs.getBigDecimal("disputed_amount"),
                        rs.getObject("decision_by", OffsetDateTime.class).toInstant()))
                .list();
    }

    /** Cancellations that will go through (requested: the save attempt may still call; cancelling). */
    private List<OpenCase> cancellations(long customerId) {
        return jdbc.sql("""
                        select reference, line_number, status, service_ends_at from linecare.cancellation_request
                         where customer_id = ? and status in ('requested', 'cancelling') order by created_at, reference""")
                .param(customerId)
                .query((rs, row) -> new OpenCase(OpenCase.CANCELLATION, rs.getString("reference"), rs.getString("status"),
                        rs.getString("line_number"), null, rs.getObject("service_ends_at", OffsetDateTime.class).toInstant()))
                .list();
    }
}
