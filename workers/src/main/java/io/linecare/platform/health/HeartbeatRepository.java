package io.linecare.platform.health;

import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class HeartbeatRepository {

    private final JdbcClient jdbc;

    public HeartbeatRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the heartbeat once per health-check instance; a redelivered task changes nothing. */
    public Instant record(String processInstanceId, String workerId) {
        jdbc.sql("""
                insert into linecare.worker_heartbeat (process_instance_id, worker_id)
                values (:instance, :worker)
                on conflict (process_instance_id) do nothing""")
                .param("instance", processInstanceId)
                .param("worker", workerId)
                .update();
        return find(processInstanceId).orElseThrow();
    }

    public Optional<Instant> find(String processInstanceId) {
        return jdbc.sql("select recorded_at from linecare.worker_heartbeat where process_instance_id = :instance")
                .param("instance", processInstanceId)
                .query(Instant.class)
                .optional();
    }
}
