package io.linecare.dispute.handler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.Date;

import org.junit.jupiter.api.Test;

import io.linecare.dispute.Appeal;
import io.linecare.dispute.DisputeService;
import io.linecare.support.TaskRun;

class RecordAppealHandlerTest {

    private final DisputeService disputes = mock(DisputeService.class);

    @Test
    void anAppealSetsTheNewPromiseAndItsLabelForTheAppealForm() {
        Instant decideBy = Instant.parse("2026-04-10T10:00:00Z");
        when(disputes.recordAppeal(TaskRun.TICKET, "Not in service that month"))
                .thenReturn(new Appeal(TaskRun.TICKET, "Not in service that month", TaskRun.NOW, decideBy));
        when(disputes.staffLabel(TaskRun.TICKET, decideBy))
                .thenReturn("Fri 10 Apr 2026 18:00 (Asia/Shanghai), in 23 days as of Wed 18 Mar 14:30");

        var outputs = TaskRun.of("dispute.record-appeal", "Task_RecordAppeal")
                .with("appealReason", "Not in service that month").run(new RecordAppealHandler(disputes)).outputs();

        assertThat(outputs)
                .containsEntry("appealDecisionBy", Date.from(decideBy))
                .containsEntry("promisedAt", Date.from(decideBy))
                .containsEntry("appealDecisionByLabel", "Fri 10 Apr 2026 18:00 (Asia/Shanghai), in 23 days as of Wed 18 Mar 14:30");
    }
}
