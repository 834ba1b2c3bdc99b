package io.linecare.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.linecare.customer.JdbcCustomerDirectory;
import io.linecare.demo.DemoDatabase;
import io.linecare.demo.SeededDemoDatabase;
import io.linecare.retention.api.CancellationDraft;

/**
 * One request per intake on real PostgreSQL: the Tasklist intake's open-cancellation task may be
 * delivered again (a completion lost on the way back to the engine), and must then answer the request it
 * already took instead of refusing the line as "already under way" or starting cancellation-save twice.
 */
class CancellationIntakeKeyTest {

    @RegisterExtension
    static final SeededDemoDatabase database = new SeededDemoDatabase();

    private static JdbcClient jdbc;
    private static CancellationIntake intake;
    private static final List<String> started = new ArrayList<>();

    @BeforeAll
    static void services() {
        jdbc = database.jdbc();
        // stands in for the engine: the test only needs to know which requests started cancellation-save
        CancellationSaveStarter starter = (reference, variables) -> started.add(reference);
        intake = new CancellationIntake(new JdbcCustomerDirectory(jdbc), starter, jdbc,
                Clock.fixed(DemoDatabase.NOW, ZoneOffset.UTC));
    }

    @Test
    void aSecondDeliveryOfTheSameIntakeAnswersTheFirstRequestAndStartsNothing() {
        CancellationDraft draft = draft(0);

        String first = intake.openOnce(draft, "wang.fang", "request-cancellation:instance-a");
        String again = intake.openOnce(draft, "wang.fang", "request-cancellation:instance-a");

        assertThat(again).isEqualTo(first);
        assertThat(started).containsOnlyOnce(first);
        assertThat(intake.openedBy("request-cancellation:instance-a")).contains(first);
        assertThat(jdbc.sql("select channel || ' ' || created_by from linecare.cancellation_request where reference = ?")
                .param(first).query(String.class).single()).isEqualTo("phone wang.fang");
    }

    @Test
    void anotherIntakeForTheSameLineIsRefusedAsUnderWay() {
        CancellationDraft draft = draft(1);
        String first = intake.openOnce(draft, "wang.fang", "request-cancellation:instance-b");

        assertThatThrownBy(() -> intake.openOnce(draft, "liu.yang", "request-cancellation:instance-c"))
                .isInstanceOf(CancellationIntake.AlreadyRequestedException.class).hasMessageContaining(first);
        assertThat(intake.openedBy("request-cancellation:instance-c")).isEmpty();
    }

    @Test
    void theDatabaseRefusesASecondRequestForOneIntakeWhenTwoAttemptsRace() {
        String winner = intake.openOnce(draft(2), "wang.fang", "request-cancellation:instance-d");
        String loser = intake.open(draft(3), "wang.fang");

        assertThatThrownBy(() -> jdbc.sql("update linecare.cancellation_request set intake_key = ? where reference = ?")
                .params("request-cancellation:instance-d", loser).update()).isInstanceOf(DuplicateKeyException.class);
        assertThat(intake.openedBy("request-cancellation:instance-d")).contains(winner);
    }

    /** A request for the n-th active line of the demo ISP (each test its own line). */
    private static CancellationDraft draft(int n) {
        Map<String, Object> line = jdbc.sql("""
                select c.reference, s.line_number from linecare.subscription s join linecare.customer c on c.id = s.customer_id
                 where s.status = 'active' order by s.id offset ? limit 1""").param(n * 7).query().singleRow();
        return new CancellationDraft((String) line.get("reference"), (String) line.get("line_number"), CancellationReason.PRICE,
                null, LocalDate.of(2026, 4, 30), "phone");
    }
}
