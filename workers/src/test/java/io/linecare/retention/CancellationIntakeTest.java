package io.linecare.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.linecare.customer.JdbcCustomerDirectory;
import io.linecare.demo.DemoDatabase;
import io.linecare.demo.SeededDemoDatabase;
import io.linecare.retention.api.CancellationDraft;

/**
 * What the intake hands the process for the staff forms, on the demo ISP (seeded at
 * {@link DemoDatabase#NOW}, Wed 18 Mar 2026 14:30 in Shanghai).
 */
class CancellationIntakeTest {

    @RegisterExtension
    static final SeededDemoDatabase database = new SeededDemoDatabase();

    @Test
    void theEndOfServiceAndTheSaveDeadlineReachTheFormsAsLabelsWithTheTimeLeft() {
        JdbcClient jdbc = JdbcClient.create(database.dataSource());
        List<Map<String, Object>> started = new ArrayList<>();
        CancellationIntake intake = new CancellationIntake(new JdbcCustomerDirectory(jdbc),
                (reference, variables) -> started.add(variables), jdbc, Clock.fixed(DemoDatabase.NOW, ZoneOffset.UTC));
        Map<String, Object> line = jdbc.sql("""
                select c.reference, s.line_number from linecare.subscription s join linecare.customer c on c.id = s.customer_id
                 where s.status = 'active' and c.time_zone = 'Asia/Shanghai' order by c.id limit 1""").query().singleRow();

        intake.open(new CancellationDraft((String) line.get("reference"), (String) line.get("line_number"),
                CancellationReason.PRICE, "Too expensive", LocalDate.of(2026, 3, 31), "phone"), "wang.fang");

        assertThat(started).singleElement().satisfies(variables -> {
            assertThat(variables.get("serviceEndsAt")).isEqualTo(Date.from(java.time.Instant.parse("2026-03-31T15:59:00Z")));
            assertThat(variables).containsEntry("serviceEndsAtLabel",
                    "Tue 31 Mar 2026 23:59 (Asia/Shanghai), in 13 days as of Wed 18 Mar 14:30");
            assertThat(variables).containsEntry("saveDeadlineLabel",
                    "Fri 20 Mar 2026 14:30 (Asia/Shanghai), in 2 days as of Wed 18 Mar 14:30");
        });
    }
}
