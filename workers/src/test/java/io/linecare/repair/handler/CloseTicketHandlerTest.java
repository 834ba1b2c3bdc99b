package io.linecare.repair.handler;

import static io.linecare.repair.ticket.FaultRepairVariables.*;
import static io.linecare.support.TaskRun.TICKET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.linecare.platform.externaltask.Topics;
import io.linecare.repair.ticket.TicketProgress;
import io.linecare.support.TaskRun;

class CloseTicketHandlerTest {

    private static final String CONFIRMED = "The customer confirmed the fix";
    private static final String NO_ANSWER = "No answer within 72 hours; closed as fixed";

    private final TicketProgress progress = mock(TicketProgress.class);
    private final CloseTicketHandler handler = new CloseTicketHandler(progress);

    private static TaskRun task() {
        return TaskRun.of(Topics.REPAIR_CLOSE_TICKET, "Task_CloseTicket");
    }

    @Test
    void aConfirmedFixIsClosedWithTheCustomersScoreAndComment() {
        Map<String, Object> out = task().with(FIX_WORKED, true).with(SATISFACTION_SCORE, 4)
                .with(CUSTOMER_COMMENT, "Quick and friendly").run(handler).outputs();

        assertThat(out).containsOnlyKeys(CLOSED_AUTOMATICALLY);
        assertThat(out.get(CLOSED_AUTOMATICALLY)).isEqualTo(Boolean.FALSE);
        verify(progress).closed(TICKET, 4, "Quick and friendly", false, CONFIRMED);
    }

    @Test
    void aConfirmationWithoutScoreOrWithABlankCommentStoresNone() {
        task().with(FIX_WORKED, true).with(CUSTOMER_COMMENT, "  ").run(handler).outputs();

        verify(progress).closed(TICKET, null, null, false, CONFIRMED);
    }

    @Test
    void aScoreOutsideOneToFiveIsNotStored() {
        task().with(FIX_WORKED, true).with(SATISFACTION_SCORE, 9).run(handler).outputs();

        verify(progress).closed(TICKET, null, null, false, CONFIRMED);
    }

    @Test
    void withoutAnAnswerTheTicketClosesAutomaticallyWithoutScore() {
        Map<String, Object> out = task().run(handler).outputs();

        assertThat(out).containsEntry(CLOSED_AUTOMATICALLY, true);
        verify(progress).closed(TICKET, null, null, true, NO_ANSWER);
    }

    @Test
    void aScoreLeftFromAnEarlierAnswerIsNotStoredOnAnAutomaticClosure() {
        // e.g. the customer said "not fixed, 2/5" before the reopening; this time nobody answered
        Map<String, Object> out = task().with(FIX_WORKED, null).with(SATISFACTION_SCORE, 2)
                .with(CUSTOMER_COMMENT, "still broken").run(handler).outputs();

        assertThat(out).containsEntry(CLOSED_AUTOMATICALLY, true);
        verify(progress).closed(TICKET, null, null, true, NO_ANSWER);
    }
}
