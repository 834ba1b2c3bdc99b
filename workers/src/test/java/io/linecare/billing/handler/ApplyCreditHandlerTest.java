package io.linecare.billing.handler;

import static io.linecare.support.TaskRun.NOW;
import static io.linecare.support.TaskRun.TICKET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mockito.ArgumentCaptor;

import io.linecare.billing.Credit;
import io.linecare.billing.CreditRequest;
import io.linecare.billing.CreditResult;
import io.linecare.billing.CreditResult.Outcome;
import io.linecare.billing.CreditService;
import io.linecare.billing.CreditType;
import io.linecare.platform.externaltask.Topics;
import io.linecare.support.TaskRun;

class ApplyCreditHandlerTest {

    private final CreditService credits = mock(CreditService.class);
    private final ApplyCreditHandler handler = new ApplyCreditHandler(credits);
    private final ArgumentCaptor<CreditRequest> request = ArgumentCaptor.forClass(CreditRequest.class);

    @BeforeEach
    void applied() {
        when(credits.applyCredit(any())).thenReturn(result(Outcome.APPLIED, "50.00"));
    }

    private static CreditResult result(Outcome outcome, String amount) {
        return new CreditResult(outcome, new Credit(1, 42, TICKET, TICKET + ":x", CreditType.BILL_CREDIT,
                new BigDecimal(amount), 0, "r", null, NOW));
    }

    private static TaskRun task() {
        return TaskRun.of(Topics.BILLING_APPLY_CREDIT, "Task_ApplyCredit").with("customerId", 42L);
    }

    private CreditRequest sent() {
        verify(credits).applyCredit(request.capture());
        return request.getValue();
    }

    @Test
    void theIdempotencyKeyIsTheBusinessKeyAndThePurpose() {
        Map<String, Object> out = task().with("purpose", "no-show-77").with("creditType", "bill-credit")
                .with("creditAmount", 50).with("freeDays", 0).with("creditReason", "Missed technician visit " + TICKET)
                .run(handler).outputs();

        CreditRequest sent = sent();
        assertThat(sent.idempotencyKey()).isEqualTo(TICKET + ":no-show-77");
        assertThat(sent.caseReference()).isEqualTo(TICKET);
        assertThat(sent.customerId()).isEqualTo(42L);
        assertThat(sent.creditType()).isEqualTo("bill-credit");
        assertThat(sent.amount()).isEqualByComparingTo("50");
        assertThat(sent.freeDays()).isZero();
        assertThat(sent.reason()).isEqualTo("Missed technician visit " + TICKET);
        assertThat(out).containsOnlyKeys("creditedAmount", "creditOutcome");
        assertThat(out.get("creditedAmount")).isInstanceOf(Double.class).isEqualTo(50.0);
        assertThat(out).containsEntry("creditOutcome", "applied");
    }

    @Test
    void withoutAPurposeTheActivityIdIsThePurpose() {
        task().with("creditType", "bill-credit").with("creditAmount", 20).run(handler).outputs();

        CreditRequest sent = sent();
        assertThat(sent.idempotencyKey()).isEqualTo(TICKET + ":Task_ApplyCredit");
        assertThat(sent.reason()).isEqualTo("Compensation for " + TICKET);
        assertThat(sent.freeDays()).isZero();
    }

    @Test
    void dmnNumbersOfAnyTypeAreRead() {
        task().with("creditType", "bill-credit").with("creditAmount", 25.5).run(handler).outputs();
        assertThat(sent().amount()).isEqualByComparingTo("25.5");
    }

    @ParameterizedTest
    @CsvSource({"Integer, 3", "Long, 3", "Double, 3.0"})
    void freeDaysAreReadAsAnyNumber(String type, String value) {
        Object days = switch (type) {
            case "Integer" -> Integer.valueOf(value);
            case "Long" -> Long.valueOf(value);
            default -> Double.valueOf(value);
        };
        when(credits.applyCredit(any())).thenReturn(result(Outcome.APPLIED, "10.90"));

        Map<String, Object> out = task().with("creditType", "free-days").with("creditAmount", 0L).with("freeDays", days)
                .run(handler).outputs();

        CreditRequest sent = sent();
        assertThat(sent.freeDays()).isEqualTo(3);
        assertThat(sent.amount()).isEqualByComparingTo("0");
        assertThat(out).containsEntry("creditedAmount", 10.9);
    }

    @Test
    void aRepeatedGrantReportsTheEarlierAmount() {
        when(credits.applyCredit(any())).thenReturn(result(Outcome.ALREADY_APPLIED, "50.00"));

        Map<String, Object> out = task().with("creditType", "bill-credit").with("creditAmount", 50).run(handler).outputs();

        assertThat(out).containsEntry("creditOutcome", "already-applied").containsEntry("creditedAmount", 50.0);
    }

    @Test
    void nothingToCreditIsZero() {
        when(credits.applyCredit(any())).thenReturn(new CreditResult(Outcome.NOTHING_TO_CREDIT, null));

        Map<String, Object> out = task().with("creditType", "none").run(handler).outputs();

        assertThat(out).containsEntry("creditOutcome", "nothing-to-credit").containsEntry("creditedAmount", 0.0);
        assertThat(sent().amount()).isNull();
    }

    @Test
    void wrongInputTheCreditServiceRejectsIsAnIncidentWithoutRetries() {
        when(credits.applyCredit(any())).thenThrow(new IllegalArgumentException(
                "Unknown credit type 'voucher' (expected 'none', 'bill-credit' or 'free-days')"));

        String incident = task().with("creditType", "voucher").run(handler).incident();

        assertThat(incident).isEqualTo("Unknown credit type 'voucher' (expected 'none', 'bill-credit' or 'free-days')");
    }

    @Test
    void aTechnicalFaultIsRetried() {
        when(credits.applyCredit(any())).thenThrow(new IllegalStateException("billing database unavailable"));

        String failure = task().with("creditType", "bill-credit").with("creditAmount", 50).run(handler).retried();

        assertThat(failure).contains("billing database unavailable");
    }

    @Test
    void aCreditAmountThatIsNotANumberIsAnIncident() {
        String incident = task().with("creditType", "bill-credit").with("creditAmount", "50").run(handler).incident();

        assertThat(incident).contains("creditAmount");
    }
}
