package io.linecare.network.handler;

import static io.linecare.repair.ticket.FaultRepairVariables.*;
import static io.linecare.support.TaskRun.TICKET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.linecare.network.NetworkInventory;
import io.linecare.network.RemoteFixResult;
import io.linecare.network.RemoteFixResult.Outcome;
import io.linecare.platform.externaltask.Topics;
import io.linecare.repair.ticket.TicketProgress;
import io.linecare.support.TaskRun;

class FixRemotelyHandlerTest {

    private static final long LINE = 7L;

    private final NetworkInventory network = mock(NetworkInventory.class);
    private final TicketProgress progress = mock(TicketProgress.class);
    private final FixRemotelyHandler handler = new FixRemotelyHandler(network, progress);

    private Map<String, Object> fix(Outcome outcome, String action, String detail) {
        when(network.fixRemotely(LINE)).thenReturn(new RemoteFixResult(LINE, outcome, action, detail));
        return TaskRun.of(Topics.NETWORK_FIX_REMOTELY, "Task_FixRemotely").with(SUBSCRIPTION_ID, LINE).run(handler).outputs();
    }

    @Test
    void aFixedLineIsResolvedRemotelyAndTheCustomerReadsWhatWasDoneAsOneSentence() {
        Map<String, Object> out = fix(Outcome.FIXED, "port reset on A03-OLT1",
                "Fixed remotely (port reset on A03-OLT1); line test passed");

        assertThat(out).containsOnlyKeys(RESOLUTION, FIX_SUMMARY)
                .containsEntry(RESOLUTION, "remote")
                .containsEntry(FIX_SUMMARY, "Port reset on A03-OLT1.");
        verify(progress).note(TICKET, "Remote fix: fixed. Port reset on A03-OLT1.");
    }

    @Test
    void aRepeatedFixFindsTheLineOkAndStillCountsAsRemote() {
        Map<String, Object> out = fix(Outcome.ALREADY_OK, null, "Fixed remotely (port reset on A03-OLT1); line test passed");

        assertThat(out).containsEntry(RESOLUTION, "remote")
                .containsEntry(FIX_SUMMARY, "Fixed remotely (port reset on A03-OLT1); line test passed.");
        verify(progress).note(TICKET, "Remote fix: already ok. Fixed remotely (port reset on A03-OLT1); line test passed.");
    }

    @ParameterizedTest
    @EnumSource(value = Outcome.class, names = {"NOT_REMOTELY_FIXABLE", "AREA_OUTAGE", "NO_LINE"})
    void aLineThatDoesNotTestOkAfterwardsIsNotResolved(Outcome outcome) {
        Map<String, Object> out = fix(outcome, null, "copper pair damaged at the street cabinet");

        assertThat(out).containsEntry(RESOLUTION, "");
    }

    @Test
    void aSentenceIsNotGivenASecondFullStop() {
        assertThat(fix(Outcome.FIXED, "ONT rebooted.", null)).containsEntry(FIX_SUMMARY, "ONT rebooted.");
    }

    @Test
    void withNothingToSayTheCustomerGetsAPlainSentence() {
        assertThat(fix(Outcome.FIXED, null, null))
                .containsEntry(FIX_SUMMARY, "We fixed the fault on your line from our network.");
        assertThat(fix(Outcome.FIXED, " ", null))
                .containsEntry(FIX_SUMMARY, "We fixed the fault on your line from our network.");
    }
}
