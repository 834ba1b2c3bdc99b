package io.linecare.dispute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

import io.linecare.platform.tmf.TmfBadRequestException;
import io.linecare.repair.ticket.IntakeChannel;

class DisputeRequestsTest {

    private final DisputeRequests requests = new DisputeRequests(new ObjectMapper());

    @Test
    void readsADispute() {
        DisputeDraft draft = parse("""
                {"customer": "CU-000003", "bill": "BL-202602-000009", "reason": " Price went up ",
                 "channel": "web", "lines": [{"billLineId": 25, "amount": 10.50}, {"billLineId": 26}]}""");

        assertThat(draft.customerReference()).isEqualTo("CU-000003");
        assertThat(draft.billReference()).isEqualTo("BL-202602-000009");
        assertThat(draft.reason()).isEqualTo("Price went up");
        assertThat(draft.channel()).isEqualTo(IntakeChannel.WEB);
        assertThat(draft.lines()).hasSize(2);
        assertThat(draft.lines().get(0).billLineId()).isEqualTo(25);
        assertThat(draft.lines().get(0).amount()).isEqualByComparingTo("10.50");
        assertThat(draft.lines().get(1).amount()).isNull();
    }

    @Test
    void theChannelDefaultsToPhone() {
        assertThat(parse("""
                {"customer": "CU-000003", "bill": "B", "reason": "r", "lines": [{"billLineId": 1}]}""").channel())
                .isEqualTo(IntakeChannel.PHONE);
    }

    @Test
    void everyProblemOfTheShapeIsReportedTogether() {
        assertThatThrownBy(() -> parse("""
                {"customer": 3, "reason": "", "channel": "fax", "colour": "red",
                 "lines": [{"billLineId": "x"}, {"billLineId": 2, "amount": "ten", "note": 1}]}"""))
                .isInstanceOfSatisfying(TmfBadRequestException.class, e -> {
                    assertThat(e.code()).isEqualTo("invalidBody");
                    assertThat(e.getMessage()).contains("customer is required", "bill is required", "reason is required",
                            "channel must be", "colour is not a field", "lines[0].billLineId is required",
                            "lines[1].note is not a field", "lines[1].amount must be a number");
                });
    }

    @Test
    void malformedOrEmptyBodiesAreRefused() {
        assertThatThrownBy(() -> parse("{not json")).isInstanceOfSatisfying(TmfBadRequestException.class,
                e -> assertThat(e.getMessage()).contains("not valid JSON"));
        assertThatThrownBy(() -> parse("[]")).hasMessageContaining("JSON object");
        assertThatThrownBy(() -> parse("""
                {"customer": "CU-000003", "bill": "B", "reason": "r", "lines": []}""")).hasMessageContaining("at least one");
    }

    private DisputeDraft parse(String json) {
        return requests.parse(json.getBytes(StandardCharsets.UTF_8));
    }
}
