package io.linecare.repair.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.linecare.customer.JdbcCustomerDirectory;
import io.linecare.demo.DemoDatabase;
import io.linecare.demo.SeededDemoDatabase;

/**
 * One ticket per intake on real PostgreSQL: the phone intake's open-ticket task may be delivered
 * again (a completion lost on the way back to the engine), and must then answer the ticket it
 * already opened instead of opening a second one and starting fault-repair twice.
 */
class TicketIntakeKeyTest {

    @RegisterExtension
    static final SeededDemoDatabase database = new SeededDemoDatabase();

    private static JdbcClient jdbc;
    private static TroubleTicketRepository repository;
    private static TroubleTicketService service;
    private static final List<String> started = new ArrayList<>();
    private static TicketDraft draft;

    @BeforeAll
    static void services() {
        jdbc = database.jdbc();
        repository = new TroubleTicketRepository(jdbc);
        // stands in for the engine: the test only needs to know which tickets started fault-repair
        FaultRepairStarter starter = (ticket, incident) -> started.add(ticket.id());
        FixConfirmations noAnswersHere = (ticketId, fixWorked, comment) -> {
            throw new AssertionError("opening a ticket passes on no customer answer");
        };
        // complaint grouping has its own tests; here every ticket is outside any incident
        ComplaintRegistry noIncident = (ticket, accessNode) -> Optional.empty();
        service = new TroubleTicketService(repository, new JdbcCustomerDirectory(jdbc), starter, noAnswersHere,
                noIncident, Clock.fixed(DemoDatabase.NOW, ZoneOffset.UTC));
        Map<String, Object> line = jdbc.sql("""
                select c.reference, s.line_number from linecare.customer c
                  join linecare.subscription s on s.customer_id = c.id and s.status = 'active'
                 order by c.id, s.id limit 1""").query().singleRow();
        draft = new TicketDraft("No internet", "No internet since this morning", Severity.MAJOR,
                TicketType.CONNECTIVITY, IntakeChannel.PHONE, (String) line.get("reference"),
                (String) line.get("line_number"));
    }

    @Test
    void aSecondDeliveryOfTheSameIntakeAnswersTheFirstTicketAndStartsNothing() {
        Ticket first = service.openOnce(draft, "wang.fang", "report-fault:instance-a");
        Ticket again = service.openOnce(draft, "wang.fang", "report-fault:instance-a");

        assertThat(again).isEqualTo(first);
        assertThat(started).containsOnlyOnce(first.id());
        assertThat(jdbc.sql("select count(*) from linecare.trouble_ticket where intake_key = ?")
                .param("report-fault:instance-a").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anotherIntakeOpensItsOwnTicket() {
        Ticket one = service.openOnce(draft, "wang.fang", "report-fault:instance-b");
        Ticket other = service.openOnce(draft, "liu.yang", "report-fault:instance-c");

        assertThat(other.id()).isNotEqualTo(one.id());
        assertThat(other.createdBy()).isEqualTo("liu.yang");
        assertThat(started).contains(one.id(), other.id());
    }

    @Test
    void theDatabaseRefusesASecondTicketForOneIntakeWhenTwoAttemptsRace() {
        // both racers passed the lookup; the unique key lets only one of them keep its ticket
        Ticket winner = service.openOnce(draft, "wang.fang", "report-fault:instance-d");
        Ticket loser = service.open(draft, "wang.fang");

        assertThatThrownBy(() -> repository.recordIntakeKey(loser.id(), "report-fault:instance-d"))
                .isInstanceOf(DuplicateKeyException.class);
        assertThat(repository.findByIntakeKey("report-fault:instance-d")).contains(winner);
    }
}
