package io.linecare.workforce.handler;

import static io.linecare.repair.ticket.FaultRepairVariables.*;
import static io.linecare.support.TaskRun.AREA;
import static io.linecare.support.TaskRun.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.linecare.platform.externaltask.Topics;
import io.linecare.support.TaskRun;
import io.linecare.workforce.AppointmentScheduler;
import io.linecare.workforce.Skill;
import io.linecare.workforce.SlotOffer;
import io.linecare.workforce.SlotProposal;

class ProposeSlotsHandlerTest {

    private static final Instant PROMISED = Instant.parse("2026-03-19T04:00:00Z"); // Thu 12:00 Hangzhou
    private static final SlotOffer FIRST = offer("T01", "Li Na", "2026-03-19T00:00:00Z");   // Thu 08:00
    private static final SlotOffer SECOND = offer("T02", "Wang Fang", "2026-03-19T02:00:00Z"); // Thu 10:00
    private static final SlotOffer THIRD = offer("T01", "Li Na", "2026-03-19T06:00:00Z");   // Thu 14:00

    private final AppointmentScheduler scheduler = mock(AppointmentScheduler.class);
    private final ObjectMapper json = new ObjectMapper();
    private final ProposeSlotsHandler handler = new ProposeSlotsHandler(scheduler, TaskRun.facts(), json, TaskRun.clock());

    private static SlotOffer offer(String technician, String name, String start) {
        Instant at = Instant.parse(start);
        return new SlotOffer(technician + "@" + at.getEpochSecond(), technician, name, at, at.plus(Duration.ofHours(2)));
    }

    private static TaskRun task() {
        return TaskRun.of(Topics.WORKFORCE_PROPOSE_SLOTS, "Task_ProposeSlots")
                .with(AREA_ID, AREA).with(SERVICE_TYPE, "broadband").with(PROMISED_AT, Date.from(PROMISED))
                .with(PICKED_SLOT_ID, "T09@1773800000").with(SLOT_CHOICE, "2");
    }

    @Test
    void threeSlotsAreOfferedAsJsonAndAsNumberedLinesForDispatch() throws Exception {
        when(scheduler.proposeSlots(AREA, Skill.BROADBAND, NOW, PROMISED, 3))
                .thenReturn(new SlotProposal(List.of(FIRST, SECOND, THIRD), true, FIRST.end()));

        Map<String, Object> out = task().with(SLOT_ROUND, 1).run(handler).outputs();

        assertThat(out.get(OFFERED_SLOTS)).isInstanceOf(String.class);
        JsonNode slots = json.readTree((String) out.get(OFFERED_SLOTS));
        assertThat(slots.isArray()).isTrue();
        assertThat(slots).hasSize(3);
        JsonNode first = slots.get(0);
        assertThat(first.fieldNames()).toIterable().containsExactly("id", "start", "end", "technicianName");
        assertThat(first.get("id").asText()).isEqualTo(FIRST.id());
        assertThat(first.get("start").asText()).isEqualTo("2026-03-19T00:00:00Z");
        assertThat(first.get("end").asText()).isEqualTo("2026-03-19T02:00:00Z");
        assertThat(first.get("technicianName").asText()).isEqualTo("Li Na");
        assertThat(slots.get(1).get("id").asText()).isEqualTo(SECOND.id());
        assertThat(slots.get(2).get("id").asText()).isEqualTo(THIRD.id());

        assertThat(out).containsEntry(OFFERED_SLOTS_TEXT, """
                1) Thu 19 Mar 08:00-10:00 · Li Na
                2) Thu 19 Mar 10:00-12:00 · Wang Fang
                3) Thu 19 Mar 14:00-16:00 · Li Na""");
        assertThat(out).containsEntry(SLOTS_KEEP_PROMISE, true)
                .containsEntry(EARLIEST_VISIT_END, Date.from(FIRST.end()))
                .containsEntry(SLOTS_HELD_UNTIL, Date.from(NOW.plus(Duration.ofHours(24))))
                .containsEntry(SLOT_ROUND, 2);
        assertThat(out.get(EARLIEST_VISIT_END)).isInstanceOf(Date.class);
        assertThat(out.get(SLOTS_HELD_UNTIL)).isInstanceOf(Date.class);
    }

    @Test
    void anEarlierPickAndChoiceAreClearedSoAStaleChoiceIsNeverBooked() {
        when(scheduler.proposeSlots(AREA, Skill.BROADBAND, NOW, PROMISED, 3))
                .thenReturn(new SlotProposal(List.of(THIRD), false, THIRD.end()));

        Map<String, Object> out = task().run(handler).outputs();

        assertThat(out).containsKeys(PICKED_SLOT_ID, SLOT_CHOICE);
        assertThat(out.get(PICKED_SLOT_ID)).isNull();
        assertThat(out.get(SLOT_CHOICE)).isNull();
        assertThat(out).containsEntry(SLOT_ROUND, 1) // the first offer
                .containsEntry(SLOTS_KEEP_PROMISE, false)
                .containsEntry(OFFERED_SLOTS_TEXT, "1) Thu 19 Mar 14:00-16:00 · Li Na");
    }

    @Test
    void theSkillFollowsTheService() {
        when(scheduler.proposeSlots(AREA, Skill.VOIP, NOW, PROMISED, 3))
                .thenReturn(new SlotProposal(List.of(FIRST), true, FIRST.end()));

        Map<String, Object> out = task().with(SERVICE_TYPE, "voip").run(handler).outputs();

        assertThat(out).containsEntry(EARLIEST_VISIT_END, Date.from(FIRST.end()));
    }

    @Test
    void whenNobodyIsFreeTheTaskIsRetriedForAnOperatorNotCompleted() {
        when(scheduler.proposeSlots(any(), any(), any(), any(), anyInt())).thenReturn(SlotProposal.none());

        String failure = task().run(handler).retried();

        assertThat(failure).contains("broadband").contains(AREA);
    }
}
