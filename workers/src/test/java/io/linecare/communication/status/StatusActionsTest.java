package io.linecare.communication.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.linecare.communication.status.StatusAction.Answer;
import io.linecare.communication.status.StatusAction.InvalidAnswerException;
import io.linecare.communication.status.StatusAction.WaitingAction;

/** The customers' answers are read strictly: only what the process offered, only sane values. */
class StatusActionsTest {

    private static final WaitingAction WAITING = new WaitingAction("any", "pi-1", "ex-1");
    private static final String SLOTS = "[{\"id\":\"s1\",\"start\":\"2026-03-05T01:00:00Z\",\"end\":\"2026-03-05T03:00:00Z\","
            + "\"technicianName\":\"Zhang Wei\"},{\"id\":7,\"start\":\"2026-03-06T01:00:00+08:00\"},{\"start\":\"no id\"}]";

    private final RuntimeService runtime = mock(RuntimeService.class);
    private final SlotPickedAction slots = new SlotPickedAction(runtime, new ObjectMapper());

    @Test
    void slotsAreReadFromJsonTextSpinLikeObjectsAndLists() {
        Object spinLike = new Object() {
            @Override
            public String toString() {
                return SLOTS;
            }
        };
        for (Object value : new Object[] {SLOTS, spinLike,
                List.of(Map.of("id", "s1", "start", "2026-03-05T01:00:00Z", "end", "2026-03-05T03:00:00Z"),
                        Map.of("id", 7, "start", "2026-03-06T01:00:00+08:00"))}) {
            List<SlotPickedAction.Slot> parsed = slots.parse(value);
            assertThat(parsed).extracting(SlotPickedAction.Slot::id).containsExactly("s1", "7");
            assertThat(parsed.get(0).start()).isEqualTo(Instant.parse("2026-03-05T01:00:00Z"));
            assertThat(plain(parsed.get(0).label(Locale.ENGLISH))).isEqualTo("Mar 5, 2026, 9:00 AM – 11:00 AM");
            assertThat(parsed.get(1).neutralLabel()).isEqualTo("2026-03-06 01:00");
        }
        assertThat(slots.parse(null)).isEmpty();
        assertThat(slots.parse("not json")).isEmpty();
        assertThat(slots.parse("{\"id\":\"s1\"}")).isEmpty();
    }

    @Test
    void onlyAnOfferedSlotCanBePicked() throws Exception {
        when(runtime.getVariable("ex-1", SlotPickedAction.OFFERED_SLOTS)).thenReturn(SLOTS);

        Answer answer = slots.read(form("slotId", "s1"), WAITING);

        assertThat(answer.variables()).containsExactly(Map.entry("pickedSlotId", "s1"));
        assertThat(answer.detail()).isEqualTo("2026-03-05 09:00 – 11:00");
        assertInvalid(() -> slots.read(form("slotId", "s9"), WAITING), "error.slot.unknown");
        assertInvalid(() -> slots.read(form(), WAITING), "error.slot.missing");
        assertInvalid(() -> slots.read(form("slotId", " "), WAITING), "error.slot.missing");
    }

    @Test
    void fixConfirmationNeedsAnOutcomeAndTakesAnOptionalScoreAndComment() throws Exception {
        FixConfirmedAction fix = new FixConfirmedAction();

        Answer worked = fix.read(form("outcome", "worked"), WAITING);
        Answer notWorked = fix.read(form("outcome", "notWorked", "score", "2", "comment", "  still slow \r\n at night "), WAITING);

        assertThat(worked.variables()).containsExactly(Map.entry("fixWorked", true));
        assertThat(worked.recordedAction()).isEqualTo("Msg_FixConfirmed.worked");
        assertThat(notWorked.variables()).containsEntry("fixWorked", false).containsEntry("satisfactionScore", 2)
                .containsEntry("customerComment", "still slow \n at night");
        assertThat(notWorked.detail()).isEqualTo("2/5 · still slow \n at night");
        assertInvalid(() -> fix.read(form(), WAITING), "error.fix.outcome");
        assertInvalid(() -> fix.read(form("outcome", "maybe"), WAITING), "error.fix.outcome");
        for (String score : new String[] {"0", "6", "12", "x", "-1", "1.5"}) {
            assertInvalid(() -> fix.read(form("outcome", "worked", "score", score), WAITING), "error.score");
        }
        assertInvalid(() -> fix.read(form("outcome", "worked", "comment", "x".repeat(4001)), WAITING), "error.text.tooLong");
    }

    @Test
    void informationAndAppealNeedText() throws Exception {
        InformationProvidedAction information = new InformationProvidedAction();
        DecisionAppealedAction appeal = new DecisionAppealedAction();

        assertThat(information.read(form("answer", "The router is a TP-Link"), WAITING).variables())
                .containsExactly(Map.entry("customerAnswer", "The router is a TP-Link"));
        assertThat(appeal.read(form("reason", "I was away\u0000 that week"), WAITING).variables())
                .containsExactly(Map.entry("appealReason", "I was away that week"));
        assertInvalid(() -> information.read(form("answer", "   "), WAITING), "error.text.required");
        assertInvalid(() -> appeal.read(form(), WAITING), "error.text.required");
    }

    @Test
    void promiseTimesAreReadInTheirManyShapes() {
        assertThat(StatusTimes.format("2026-03-06T09:30:00Z", Locale.ENGLISH).map(StatusActionsTest::plain)).contains("Mar 6, 2026, 5:30 PM");
        assertThat(StatusTimes.format("2026-03-06T17:30:00+08:00", Locale.ENGLISH).map(StatusActionsTest::plain)).contains("Mar 6, 2026, 5:30 PM");
        assertThat(StatusTimes.format("2026-03-06T09:30:00", Locale.ENGLISH).map(StatusActionsTest::plain)).contains("Mar 6, 2026, 5:30 PM");
        assertThat(StatusTimes.format(java.util.Date.from(Instant.parse("2026-03-06T09:30:00Z")), Locale.forLanguageTag("zh-CN")))
                .hasValueSatisfying(text -> assertThat(text).startsWith("2026年3月6日").containsPattern("下午5:30|17:30"));
        assertThat(StatusTimes.format("2026-03-06", Locale.ENGLISH)).contains("March 6, 2026");
        assertThat(StatusTimes.format("soon", Locale.ENGLISH)).isEmpty();
        assertThat(StatusTimes.format(42, Locale.ENGLISH)).isEmpty();
    }

    /** Java 20+ puts a narrow no-break space before AM/PM (newer CLDR), 17 a plain one. */
    private static String plain(String text) {
        return text.replace('\u202f', ' ');
    }

    private static void assertInvalid(ThrowingCall call, String key) {
        assertThatThrownBy(call::run).isInstanceOf(InvalidAnswerException.class)
                .satisfies(e -> assertThat(((InvalidAnswerException) e).messageKey()).isEqualTo(key));
    }

    private interface ThrowingCall {
        void run() throws Exception;
    }

    private static MultiValueMap<String, String> form(String... pairs) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            form.add(pairs[i], pairs[i + 1]);
        }
        return form;
    }
}
