package io.linecare.communication.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import io.linecare.communication.status.Account.AccountBill;
import io.linecare.communication.status.Account.AccountBillLine;
import io.linecare.communication.status.InvalidFormException.PageMessage;
import io.linecare.dispute.DisputeDraft;
import io.linecare.dispute.DisputeLine;
import io.linecare.dispute.IntakeRefusedException;
import io.linecare.platform.tmf.TmfBadRequestException;
import io.linecare.repair.ticket.IntakeChannel;
import io.linecare.retention.CancellationReason;
import io.linecare.retention.api.CancellationDraft;

/** The two self-service forms are read strictly, and the intakes' refusals become sentences for the customer. */
class SelfServiceFormsTest {

    private static final AccountBill BILL = new AccountBill(7, "BL-202611-000007", LocalDate.parse("2026-11-01"),
            LocalDate.parse("2026-11-30"), LocalDate.parse("2026-12-01"), LocalDate.parse("2026-12-20"), new BigDecimal("119.00"),
            "sent", List.of(
                    new AccountBillLine(41, "BB-0571-000001", "recurring", "Fibre 300 monthly", new BigDecimal("109.00"), false, null),
                    new AccountBillLine(42, "BB-0571-000001", "usage", "Calls", new BigDecimal("20.00"), false, "BD-2026-000003"),
                    new AccountBillLine(43, null, "credit", "Goodwill", new BigDecimal("-10.00"), false, null)),
            List.of());

    @Test
    void aDisputeFormBecomesTheIntakesDraftOnTheWebChannel() throws Exception {
        DisputeDraft draft = DisputeForm.read(form("line", "41", "amount-41", " 12,50 ", "line", "42", "amount-42", "",
                "reason", "  Price went up\r\nwithout notice "), "CU-000001", BILL);

        assertThat(draft.customerReference()).isEqualTo("CU-000001");
        assertThat(draft.billReference()).isEqualTo("BL-202611-000007");
        assertThat(draft.channel()).isEqualTo(IntakeChannel.WEB);
        assertThat(draft.reason()).isEqualTo("Price went up\nwithout notice");
        // a blank amount disputes the whole line; whether 42 may be disputed is the intake's to say
        assertThat(draft.lines()).containsExactly(new DisputeLine(41, new BigDecimal("12.50")), new DisputeLine(42, null));
    }

    @Test
    void everyProblemOfTheDisputeFormIsNamed() {
        assertThatThrownBy(() -> DisputeForm.read(form("reason", ""), "CU-000001", BILL))
                .isInstanceOfSatisfying(InvalidFormException.class, e -> assertThat(keys(e))
                        .containsExactly("error.dispute.noLine", "error.dispute.reason"));
        assertThatThrownBy(() -> DisputeForm.read(form("line", "41", "amount-41", "ten", "line", "x", "reason", "r"),
                "CU-000001", BILL))
                .isInstanceOfSatisfying(InvalidFormException.class, e -> {
                    assertThat(keys(e)).containsExactly("error.dispute.lineUnknown", "error.dispute.amountNotANumber");
                    assertThat(e.reasons().get(1).arguments()).containsExactly("Fibre 300 monthly");
                });
        assertThatThrownBy(() -> DisputeForm.read(form("line", "41", "reason", "x".repeat(2001)), "CU-000001", BILL))
                .isInstanceOfSatisfying(InvalidFormException.class, e -> assertThat(keys(e)).containsExactly("error.text.tooLong"));
    }

    @Test
    void theIntakesRefusalsNameTheLineAsTheCustomerSeesIt() {
        InvalidFormException refusal = DisputeForm.refusal(new IntakeRefusedException(List.of(
                new IntakeRefusedException.Problem("amountAboveLine", 41L),
                new IntakeRefusedException.Problem("lineAlreadyDisputed", 42L),
                new IntakeRefusedException.Problem("outsideDisputeWindow", null)), "…"), BILL);

        assertThat(keys(refusal)).containsExactly("error.dispute.amountAboveLine", "error.dispute.lineAlreadyDisputed",
                "error.dispute.outsideDisputeWindow");
        assertThat(refusal.reasons().get(0).arguments()).containsExactly("Fibre 300 monthly", "109.00");
        assertThat(refusal.reasons().get(1).arguments()).containsExactly("Calls");
        assertThat(refusal.reasons().get(2).arguments()).containsExactly(180);
        // a racing intake (unique index) names no line; an unexpected code still gets a polite sentence
        assertThat(keys(DisputeForm.refusal(new TmfBadRequestException("lineAlreadyDisputed", "race"), BILL)))
                .containsExactly("error.dispute.anyLineAlreadyDisputed");
        assertThat(keys(DisputeForm.refusal(new TmfBadRequestException("somethingNew", "?"), BILL)))
                .containsExactly("error.dispute.refused");
    }

    @Test
    void aCancellationFormBecomesTheIntakesDraftOnTheStatusPageChannel() throws Exception {
        CancellationDraft draft = CancellationForm.read(form("reason", "moving-away", "reasonDetail", " To Chengdu ",
                "desiredEndDate", "2026-12-31"), "CU-000001", "BB-0571-000001");

        assertThat(draft).isEqualTo(new CancellationDraft("CU-000001", "BB-0571-000001", CancellationReason.MOVING_AWAY,
                "To Chengdu", LocalDate.parse("2026-12-31"), "status-page"));
        assertThatThrownBy(() -> CancellationForm.read(form("reason", "too-expensive", "desiredEndDate", "31/12/2026"),
                "CU-000001", "BB-0571-000001"))
                .isInstanceOfSatisfying(InvalidFormException.class, e -> assertThat(keys(e))
                        .containsExactly("error.cancel.reason", "error.cancel.dateFormat"));
        assertThatThrownBy(() -> CancellationForm.read(form(), "CU-000001", "BB-0571-000001"))
                .isInstanceOfSatisfying(InvalidFormException.class, e -> assertThat(keys(e))
                        .containsExactly("error.cancel.reason", "error.cancel.dateMissing"));
        assertThat(keys(CancellationForm.refusal(new TmfBadRequestException("invalidValue", "past"))))
                .containsExactly("error.cancel.dateRange");
        assertThat(keys(CancellationForm.refusal(new TmfBadRequestException("lineNotActive", "suspended"))))
                .containsExactly("error.cancel.lineNotActive");
    }

    private static List<String> keys(InvalidFormException e) {
        return e.reasons().stream().map(PageMessage::key).toList();
    }

    private static MultiValueMap<String, String> form(String... pairs) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            form.add(pairs[i], pairs[i + 1]);
        }
        return form;
    }
}
