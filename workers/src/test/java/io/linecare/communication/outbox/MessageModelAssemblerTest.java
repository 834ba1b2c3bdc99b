package io.linecare.communication.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.linecare.communication.MessageType;
import io.linecare.communication.template.TemplateRenderingException;

class MessageModelAssemblerTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void anIsoIntervalStringIsAWindowInTheCustomersZone() {
        Map<String, Object> model = MessageModelAssembler.assemble(MessageType.APPOINTMENT_CONFIRMED, Locale.ENGLISH, SHANGHAI,
                "Zhang Wei", "FR-2026-000001", "https://status/x",
                Map.of("appointmentWindow", "2026-11-24T01:00:00Z/2026-11-24T03:00:00Z"));

        assertThat(model.get("appointmentWindow")).isEqualTo("Tue 24 Nov 2026, 09:00-11:00");
    }

    @Test
    void aJsonListOfSlotsIsAListOfWindows() {
        Map<String, Object> model = MessageModelAssembler.assemble(MessageType.SLOTS_OFFERED, Locale.ENGLISH, SHANGHAI,
                "Zhang Wei", "FR-2026-000001", "https://status/x",
                Map.of("promisedAt", "2026-11-25T10:00:00Z",
                        "slots", "[{\"id\":\"T01@2026-11-24T01:00:00Z\",\"start\":\"2026-11-24T01:00:00Z\",\"end\":\"2026-11-24T03:00:00Z\"},"
                                + "{\"id\":\"T02@2026-11-24T05:00:00Z\",\"start\":\"2026-11-24T05:00:00Z\",\"end\":\"2026-11-24T07:00:00Z\"}]"));

        assertThat(model.get("slots")).isEqualTo(List.of("Tue 24 Nov 2026, 09:00-11:00", "Tue 24 Nov 2026, 13:00-15:00"));
    }

    @Test
    void aBrokenJsonListIsARenderingErrorThatNamesTheValue() {
        assertThatThrownBy(() -> MessageModelAssembler.assemble(MessageType.SLOTS_OFFERED, Locale.ENGLISH, SHANGHAI,
                "Zhang Wei", "FR-2026-000001", "https://status/x", Map.of("slots", "[{\"start\":")))
                .isInstanceOf(TemplateRenderingException.class)
                .hasMessageContaining("slots");
    }

    @Test
    void textWithASlashStaysText() {
        Map<String, Object> model = MessageModelAssembler.assemble(MessageType.REMOTE_FIX_DONE, Locale.ENGLISH, SHANGHAI,
                "Zhang Wei", "FR-2026-000001", "https://status/x",
                Map.of("fixSummary", "Port reset on A03/OLT1.", "promisedAt", "2026-11-25T10:00:00Z"));

        assertThat(model.get("fixSummary")).isEqualTo("Port reset on A03/OLT1.");
    }
}
