package io.linecare.grouping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.reset;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.ArgumentCaptor;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.linecare.communication.outbox.MessageRequest;
import io.linecare.communication.outbox.OutboxService;
import io.linecare.communication.outbox.UnknownRecipientException;
import io.linecare.customer.ServiceType;
import io.linecare.demo.DemoDatabase;
import io.linecare.demo.SeededDemoDatabase;
import io.linecare.network.JdbcNetworkInventory;
import io.linecare.platform.externaltask.BusinessOutcomeException;
import io.linecare.repair.ticket.IntakeChannel;
import io.linecare.repair.ticket.Severity;
import io.linecare.repair.ticket.Ticket;
import io.linecare.repair.ticket.TicketType;
import io.linecare.repair.ticket.TroubleTicketRepository;

/**
 * The analyst's decisions and the threshold's counts on the demo database: what a take-out or a
 * merge refuses (and why, in the words the analyst reads), what it moves, and what an evaluation
 * counts.
 */
class IncidentLifecycleTest {

    @RegisterExtension
    static final SeededDemoDatabase database = new SeededDemoDatabase();

    private static final Clock CLOCK = Clock.fixed(DemoDatabase.NOW, ZoneOffset.UTC);
    private static final AtomicInteger NUMBERS = new AtomicInteger(900_000);

    private static JdbcClient jdbc;
    private static ComplaintGroupRepository groups;
    private static TroubleTicketRepository tickets;
    private static IncidentLifecycle lifecycle;
    private static GroupEvaluator evaluator;

    @BeforeAll
    static void services() {
        jdbc = database.jdbc();
        groups = new ComplaintGroupRepository(jdbc);
        tickets = new TroubleTicketRepository(jdbc);
        lifecycle = new IncidentLifecycle(groups, CLOCK);
        evaluator = new GroupEvaluator(groups, new JdbcNetworkInventory(jdbc),
                new GroupingProperties(Duration.ofHours(2), Duration.ofMinutes(30)), CLOCK);
    }

    /** A collecting group on one demo access node with a ticket from each of {@code count} of its broadband lines. */
    private static Fixture groupWithTickets(String areaId, int count) {
        List<Map<String, Object>> lines = jdbc.sql("""
                        select s.id, s.line_number, s.access_node_id, c.id as customer_id, c.reference
                          from linecare.subscription s join linecare.customer c on c.id = s.customer_id
                          join linecare.access_node n on n.id = s.access_node_id
                         where n.area_id = ? and s.status = 'active' and s.service_type = 'broadband'
                           and not exists (select 1 from linecare.complaint_group_ticket gt
                                             join linecare.trouble_ticket t on t.id = gt.ticket_id where t.subscription_id = s.id)
                         order by s.access_node_id, s.id limit ?""")
                .params(areaId, count).query().listOfRows();
        assertThat(lines).as("broadband lines in " + areaId).hasSize(count);
        String group = ComplaintGroupReference.of(2026, NUMBERS.incrementAndGet());
        assertThat(groups.insertIfNoneOpen(group, areaId, ServiceType.BROADBAND, CLOCK.instant())).isTrue();
        List<String> ids = new ArrayList<>();
        for (Map<String, Object> line : lines) {
            String id = String.format("FR-2026-%06d", NUMBERS.incrementAndGet());
            tickets.insert(new Ticket(id, "No internet", "Offline", Severity.MAJOR, TicketType.CONNECTIVITY,
                    IntakeChannel.WEB, (Long) line.get("customer_id"), (String) line.get("reference"),
                    (Long) line.get("id"), (String) line.get("line_number"), ServiceType.BROADBAND, areaId, "test",
                    CLOCK.instant(), CLOCK.instant(), 0, null, null));
            groups.linkTicket(id, group, (String) line.get("access_node_id"), CLOCK.instant(), false);
            ids.add(id);
        }
        return new Fixture(group, ids);
    }

    private record Fixture(String group, List<String> tickets) {
    }

    /** The real notices on the demo database, with a stand-in outbox that records what it is asked to queue. */
    private static IncidentNotices notices(OutboxService outbox) {
        return new IncidentNotices(groups, outbox, new JdbcNetworkInventory(jdbc), CLOCK);
    }

    @Test
    void takingTicketsOutRefusesWhatCannotBeDoneInWordsAndMovesNothing() {
        Fixture f = groupWithTickets("A02", 3);

        assertThatThrownBy(() -> lifecycle.ungroup(f.group(), "  "))
                .isInstanceOfSatisfying(BusinessOutcomeException.class, e -> assertThat(e.errorCode()).isEqualTo("Err_CannotUngroup"))
                .hasMessageContaining("Name the tickets");
        assertThatThrownBy(() -> lifecycle.ungroup(f.group(), f.tickets().get(0) + ", FR-2026-999999"))
                .hasMessage("FR-2026-999999 is not in " + f.group() + "; nothing was taken out");
        assertThatThrownBy(() -> lifecycle.ungroup(f.group(), String.join(" ", f.tickets())))
                .hasMessageContaining("reject the group instead");
        assertThat(groups.tickets(f.group())).hasSize(3);

        assertThat(lifecycle.ungroup(f.group(), f.tickets().get(0).toLowerCase())).containsExactly(f.tickets().get(0));
        assertThat(groups.tickets(f.group())).extracting(t -> t.ticketId()).containsExactlyElementsOf(f.tickets().subList(1, 3));
        assertThat(groups.groupOfTicket(f.tickets().get(0))).isEmpty();
        assertThat(evaluator.evaluate(groups.find(f.group()).orElseThrow()).ticketsInWindow()).isEqualTo(2);
    }

    @Test
    void aMergeNeedsAnOpenGroupOfTheSameServiceAndMovesEveryTicket() {
        Fixture source = groupWithTickets("A03", 2);
        Fixture target = groupWithTickets("A04", 2);

        for (String[] refused : new String[][] {
                {"CG-12", "'CG-12' is not a group reference"},
                {source.group(), "cannot be merged into itself"},
                {"CG-2026-999999", "There is no group CG-2026-999999"}}) {
            assertThatThrownBy(() -> lifecycle.merge(source.group(), refused[0]))
                    .isInstanceOfSatisfying(BusinessOutcomeException.class, e -> assertThat(e.errorCode()).isEqualTo("Err_CannotMerge"))
                    .hasMessageContaining(refused[1]);
        }
        Fixture closed = groupWithTickets("A05", 1);
        lifecycle.close(closed.group(), GroupState.REJECTED);
        assertThatThrownBy(() -> lifecycle.merge(source.group(), closed.group()))
                .hasMessageContaining("is rejected; only a collecting, suspected or confirmed group takes more tickets");

        IncidentLifecycle.Merge merge = lifecycle.merge(source.group(), " " + target.group().toLowerCase());
        assertThat(merge.into()).isEqualTo(target.group());
        assertThat(merge.intoIncident()).isFalse();
        assertThat(merge.ticketsMoved()).containsExactlyElementsOf(source.tickets());
        assertThat(groups.tickets(target.group())).hasSize(4);
        ComplaintGroup merged = groups.find(source.group()).orElseThrow();
        assertThat(merged.state()).isEqualTo(GroupState.MERGED);
        assertThat(merged.mergedInto()).isEqualTo(target.group());
        // the area's next ticket opens a new group: the merged one takes no more
        assertThat(groups.openGroup("A03", ServiceType.BROADBAND)).isEmpty();
    }

    @Test
    void confirmingTwiceKeepsTheFirstEstimateAndTheAffectedCustomersIncludeThoseWhoDidNotCall() {
        Fixture f = groupWithTickets("A06", 1);
        assertThatThrownBy(() -> lifecycle.confirm(f.group(), 0, "cause")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> lifecycle.confirm(f.group(), 721, "cause")).hasMessageContaining("at most 720 hours");

        IncidentLifecycle.Confirmation first = lifecycle.confirm(f.group(), 2.5, "OLT down");
        IncidentLifecycle.Confirmation again = lifecycle.confirm(f.group(), 8, "OLT down");
        assertThat(first.estimateAt()).isEqualTo(CLOCK.instant().plus(Duration.ofMinutes(150)));
        assertThat(again.estimateAt()).isEqualTo(first.estimateAt());
        assertThat(again.ticketsToHold()).containsExactlyElementsOf(f.tickets());

        int onTheNode = jdbc.sql("""
                        select count(distinct s.customer_id) from linecare.subscription s
                         where s.status = 'active' and s.service_type = 'broadband'
                           and s.access_node_id = (select access_node_id from linecare.complaint_group_ticket where ticket_id = ?)""")
                .param(f.tickets().get(0)).query(Integer.class).single();
        assertThat(onTheNode).as("demo customers on the node").isGreaterThan(1);
        assertThat(groups.affectedCustomers(f.group())).hasSize(onTheNode);
    }

    @Test
    void aSuspectedGroupsCustomersHearWeAreCheckingOnceAndTheAllClearWhenItIsNoIncident() {
        Fixture f = groupWithTickets("A08", 2);
        OutboxService outbox = mock(OutboxService.class);
        when(outbox.enqueue(any())).thenReturn(1);
        IncidentNotices notices = notices(outbox);
        Instant answerBy = CLOCK.instant().plus(Duration.ofMinutes(30));

        int told = notices.notifyCheck(f.group(), answerBy);

        List<Long> affected = groups.affectedCustomers(f.group());
        assertThat(affected).as("everyone on the nodes, not only the two who called").hasSizeGreaterThan(2);
        assertThat(told).isEqualTo(affected.size());
        assertThat(notices.notifyCheck(f.group(), answerBy)).as("once per customer").isZero();
        ArgumentCaptor<MessageRequest> sent = ArgumentCaptor.forClass(MessageRequest.class);
        verify(outbox, times(affected.size())).enqueue(sent.capture());
        assertThat(sent.getAllValues()).allSatisfy(request -> {
            assertThat(request.messageType()).isEqualTo("outage-suspected");
            assertThat(request.caseReference()).isEqualTo(f.group());
            assertThat(request.urgent()).as("in order with an outage notice minutes later").isTrue();
            assertThat(request.values()).containsEntry("promisedAt", answerBy);
        });
        assertThat(jdbc.sql("select count(*) from linecare.incident_customer where group_id = ? and notified_at is not null")
                .param(f.group()).query(Integer.class).single()).as("counts as told for the report").isEqualTo(affected.size());

        lifecycle.close(f.group(), GroupState.REJECTED);
        reset(outbox);
        when(outbox.enqueue(any())).thenReturn(1);
        assertThat(notices.notifyAllClear(f.group())).isEqualTo(affected.size());
        verify(outbox, times(affected.size())).enqueue(sent.capture());
        assertThat(sent.getValue().messageType()).isEqualTo("outage-all-clear");
        assertThat(sent.getValue().values()).containsEntry("checkedAt", groups.find(f.group()).orElseThrow().closedAt());
    }

    @Test
    void aCustomerWeCannotReachIsSkippedNotCountedAsToldAndDoesNotStopTheOthers() {
        Fixture f = groupWithTickets("A10", 1);
        OutboxService outbox = mock(OutboxService.class);
        List<Long> onNode = jdbc.sql("""
                        select distinct s.customer_id from linecare.subscription s where s.status = 'active'
                           and s.service_type = 'broadband'
                           and s.access_node_id = (select access_node_id from linecare.complaint_group_ticket where ticket_id = ?)
                         order by 1""").param(f.tickets().get(0)).query(Long.class).list();
        long unreachable = onNode.get(0);
        when(outbox.enqueue(any())).thenAnswer(call -> {
            if (call.<MessageRequest>getArgument(0).customerId() == unreachable) {
                throw new UnknownRecipientException("Customer " + unreachable + " has no usable email or mobile number");
            }
            return 1;
        });
        IncidentNotices notices = notices(outbox);

        assertThat(notices.notifyCheck(f.group(), CLOCK.instant().plus(Duration.ofMinutes(30)))).isEqualTo(onNode.size() - 1);
        assertThat(groups.customersNotToldOfCheck(f.group())).containsExactly(unreachable);
    }

    @Test
    void aConfirmedIncidentStillSendsItsEstimateToThoseToldOfTheCheck() {
        Fixture f = groupWithTickets("A09", 1);
        OutboxService outbox = mock(OutboxService.class);
        when(outbox.enqueue(any())).thenReturn(1);
        IncidentNotices notices = notices(outbox);
        int told = notices.notifyCheck(f.group(), CLOCK.instant().plus(Duration.ofMinutes(30)));

        lifecycle.confirm(f.group(), 3, "OLT down");

        assertThat(notices.notifyAffected(f.group())).as("the estimate goes to everyone told of the check").isEqualTo(told);
        assertThatThrownBy(() -> notices.notifyAllClear(f.group())).hasMessageContaining("is confirmed: no all-clear");
    }

    @Test
    void theEvaluationCountsTheWindowTheShareOfLinesAndTheMeasurements() {
        Fixture f = groupWithTickets("A07", 2);
        ComplaintGroup group = groups.find(f.group()).orElseThrow();
        int lines = groups.linesOnGroupNodes(f.group(), ServiceType.BROADBAND);

        GroupEvaluation evaluation = evaluator.evaluate(group);

        assertThat(evaluation.ticketsInWindow()).isEqualTo(2);
        assertThat(evaluation.shareOfLinesPct()).isEqualTo(Math.round(1000.0 * 2 / lines) / 10.0);
        // the demo ISP's hourly samples up to NOW: a normal network, near its median
        assertThat(evaluation.downloadPctOfMedian()).isBetween(60.0, 130.0);
        assertThat(evaluation.packetLossPct()).isBetween(0.0, 1.0);
    }
}
