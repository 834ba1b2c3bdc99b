package io.linecare.retention;

import static io.linecare.retention.CancellationSaveVariables.*;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.linecare.customer.Customer;
import io.linecare.customer.CustomerDirectory;
import io.linecare.customer.Subscription;
import io.linecare.platform.roles.ConditionalOnRole;
import io.linecare.platform.roles.Role;
import io.linecare.platform.tmf.TmfBadRequestException;
import io.linecare.repair.ticket.StaffTime;
import io.linecare.retention.api.CancellationDraft;

/**
 * Takes a cancellation request: checks it against the CRM, fixes the promise (the service ends at the
 * end of the desired day, in the customer's time zone, whatever happens in the save attempt), stores
 * it and starts cancellation-save in one transaction.
 */
@Service
@ConditionalOnRole(Role.ENGINE)
public class CancellationIntake {

    /** One save attempt: the agent has this long to reach the customer, then the cancellation proceeds. */
    public static final Duration SAVE_WINDOW = Duration.ofHours(48);
    /** The service runs to the end of the last day. */
    static final LocalTime LAST_MINUTE = LocalTime.of(23, 59);
    static final int LATEST_END_DAYS = 366;

    private final CustomerDirectory customers;
    private final CancellationSaveStarter starter;
    private final JdbcClient jdbc;
    private final Clock clock;

    public CancellationIntake(CustomerDirectory customers, CancellationSaveStarter starter, JdbcClient jdbc, Clock clock) {
        this.customers = customers;
        this.starter = starter;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Thrown when the line already has a cancellation under way (answered 409). */
    public static class AlreadyRequestedException extends RuntimeException {
        public AlreadyRequestedException(String message) {
            super(message);
        }
    }

    /**
     * Opens a request for an intake that may ask more than once (the open-cancellation task the engine
     * hands out again after a lost completion): the first call opens it, every later call with the same
     * key answers that request's reference and starts nothing. Two calls racing each other both try; the
     * unique intake key (and the one-open-request-per-line index) lets only one commit, and
     * {@link #openedBy(String)} finds the winner.
     */
    @Transactional
    public String openOnce(CancellationDraft draft, String openedBy, String intakeKey) {
        Optional<String> opened = openedBy(intakeKey);
        if (opened.isPresent()) {
            return opened.get();
        }
        String reference = open(draft, openedBy);
        jdbc.sql("update linecare.cancellation_request set intake_key = ? where reference = ?")
                .params(intakeKey, reference).update();
        return reference;
    }

    /** The reference of the request the intake with this key opened, if any (committed). */
    public Optional<String> openedBy(String intakeKey) {
        return jdbc.sql("select reference from linecare.cancellation_request where intake_key = ?").param(intakeKey)
                .query(String.class).optional();
    }

    @Transactional
    public String open(CancellationDraft draft, String openedBy) {
        Customer customer = customers.findByReference(draft.customerReference())
                .orElseThrow(() -> new TmfBadRequestException("unknownCustomer", "customer: no customer with reference '"
                        + draft.customerReference() + "'"));
        Subscription line = customers.subscriptionsOf(customer.id()).stream()
                .filter(s -> s.lineNumber().equals(draft.lineNumber())).findFirst()
                .orElseThrow(() -> new TmfBadRequestException("unknownLine", "line: " + draft.lineNumber()
                        + " is not a line of " + customer.reference()));
        if (!line.isActive()) {
            throw new TmfBadRequestException("lineNotActive", "line: " + line.lineNumber() + " is " + line.status().name().toLowerCase()
                    + ", only an active line can be cancelled");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        LocalDate today = LocalDate.ofInstant(now, customer.timeZone());
        if (draft.desiredEndDate().isBefore(today)) {
            throw new TmfBadRequestException("invalidValue", "desiredEndDate " + draft.desiredEndDate()
                    + " is in the past; the earliest is today, " + today);
        }
        if (draft.desiredEndDate().isAfter(today.plusDays(LATEST_END_DAYS))) {
            throw new TmfBadRequestException("invalidValue", "desiredEndDate " + draft.desiredEndDate()
                    + " is more than a year ahead; ask again closer to the date");
        }
        String open = jdbc.sql("""
                        select reference from linecare.cancellation_request
                        where subscription_id = ? and status in ('requested', 'cancelling')""")
                .param(line.id()).query(String.class).optional().orElse(null);
        if (open != null) {
            throw new AlreadyRequestedException("line " + line.lineNumber() + " already has cancellation " + open + " under way");
        }
        Instant endsAt = draft.desiredEndDate().atTime(LAST_MINUTE).atZone(customer.timeZone()).toInstant();
        Instant saveDeadline = now.plus(SAVE_WINDOW).isBefore(endsAt) ? now.plus(SAVE_WINDOW) : endsAt;
        long number = jdbc.sql("select nextval('linecare.cancellation_number_seq')").query(Long.class).single();
        String reference = CancellationReference.of(now.atZone(ZoneOffset.UTC).getYear(), number);
        jdbc.sql("""
                        insert into linecare.cancellation_request (reference, customer_id, customer_reference, subscription_id,
                            line_number, reason, reason_detail, channel, requested_end_date, service_ends_at, status,
                            created_by, created_at, last_update)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'requested', ?, ?, ?)""")
                .params(reference, customer.id(), customer.reference(), line.id(), line.lineNumber(), draft.reason().code(),
                        draft.reasonDetail(), draft.channel(), draft.desiredEndDate(), Timestamp.from(endsAt), openedBy,
                        Timestamp.from(now), Timestamp.from(now))
                .update();

        Map<String, Object> variables = new HashMap<>();
        variables.put(CANCELLATION_REFERENCE, reference);
        variables.put(CUSTOMER_ID, customer.id());
        variables.put(CUSTOMER_REFERENCE, customer.reference());
        variables.put(CUSTOMER_NAME, customer.fullName());
        variables.put(TIER, customer.tier().code());
        variables.put(SUBSCRIPTION_ID, line.id());
        variables.put(LINE_NUMBER, line.lineNumber());
        variables.put(REASON, draft.reason().code());
        variables.put(WIN_BACK_ALLOWED, draft.reason().winBackAllowed());
        variables.put(SERVICE_ENDS_AT, Date.from(endsAt));
        variables.put(SAVE_DEADLINE, Date.from(saveDeadline));
        // the forms' reading of both, in the customer's zone (the save call follows within seconds)
        variables.put(SERVICE_ENDS_AT_LABEL, StaffTime.due(endsAt, now, customer.timeZone()));
        variables.put(SAVE_DEADLINE_LABEL, StaffTime.due(saveDeadline, now, customer.timeZone()));
        starter.start(reference, variables);
        return reference;
    }
}
