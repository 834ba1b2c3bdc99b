package io.linecare.network;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ends a line in the network and the CRM, once: the disconnection row's primary key is the line, so a
 * retried or duplicated task finds it and changes nothing. A real network integration would send the
 * deprovisioning order here under the same key.
 */
@Service
public class DisconnectionService {

    private final JdbcClient jdbc;
    private final Clock clock;

    public DisconnectionService(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public enum Outcome { DISCONNECTED, ALREADY_DISCONNECTED }

    /** @param lastDay the customer's last day of service (the line's ended_on) */
    @Transactional
    public Outcome disconnect(String caseReference, long subscriptionId, LocalDate lastDay) {
        Instant now = clock.instant();
        int inserted = jdbc.sql("""
                        insert into linecare.disconnection (subscription_id, cancellation_reference, effective_on, disconnected_at)
                        values (?, ?, ?, ?) on conflict (subscription_id) do nothing""")
                .params(subscriptionId, caseReference, lastDay, Timestamp.from(now)).update();
        if (inserted == 0) {
            return Outcome.ALREADY_DISCONNECTED;
        }
        int ended = jdbc.sql("""
                        update linecare.subscription set status = 'cancelled', ended_on = greatest(?, started_on)
                        where id = ? and status <> 'cancelled'""")
                .params(lastDay, subscriptionId).update();
        if (ended == 0 && jdbc.sql("select count(*) from linecare.subscription where id = ?").param(subscriptionId)
                .query(Long.class).single() == 0) {
            throw new IllegalArgumentException("No line with id " + subscriptionId + " to disconnect for " + caseReference);
        }
        jdbc.sql("update linecare.cancellation_request set status = 'cancelled', last_update = ? where reference = ?")
                .params(Timestamp.from(now), caseReference).update();
        return Outcome.DISCONNECTED;
    }

    public long disconnections(long subscriptionId) {
        return jdbc.sql("select count(*) from linecare.disconnection where subscription_id = ?").param(subscriptionId)
                .query(Long.class).single();
    }
}
