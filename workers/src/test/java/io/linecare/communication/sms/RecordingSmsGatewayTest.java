package io.linecare.communication.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class RecordingSmsGatewayTest {

    private final InMemorySentSmsLog log = new InMemorySentSmsLog();
    private final Clock clock = Clock.fixed(Instant.parse("2026-03-05T06:00:00Z"), ZoneOffset.UTC);
    private final RecordingSmsGateway gateway = new RecordingSmsGateway(log, clock);

    @Test
    void recordsTheMessageInsteadOfSendingIt() {
        SmsReceipt receipt = gateway.send(new SmsRequest("+8613800138000", "您好", "FR-2026-000123:Task_Ack:ack"));

        assertThat(receipt.providerMessageId()).startsWith("recorded-");
        assertThat(log.findByRecipient("+8613800138000")).singleElement().satisfies(sms -> {
            assertThat(sms.text()).isEqualTo("您好");
            assertThat(sms.providerMessageId()).isEqualTo(receipt.providerMessageId());
            assertThat(sms.recordedAt()).isEqualTo(clock.instant());
        });
    }

    @Test
    void aRetryWithTheSameKeyIsNotRecordedTwice() {
        SmsRequest request = new SmsRequest("+8613800138000", "text", "key-1");

        SmsReceipt first = gateway.send(request);
        SmsReceipt second = gateway.send(request);

        assertThat(second).isEqualTo(first);
        assertThat(log.all()).hasSize(1);
    }
}
