package io.linecare.communication.sms;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.UUID;

/**
 * The default gateway ({@code linecare.sms.gateway=recording}): sends nothing, records each message in the
 * {@link SentSmsLog}. Idempotent: a second send with the same key returns the first receipt and records nothing.
 */
public class RecordingSmsGateway implements SmsGateway {

    private final SentSmsLog log;
    private final Clock clock;

    public RecordingSmsGateway(SentSmsLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    @Override
    public SmsReceipt send(SmsRequest request) {
        return log.findByIdempotencyKey(request.idempotencyKey())
                .map(sent -> new SmsReceipt(sent.providerMessageId()))
                .orElseGet(() -> {
                    String id = "recorded-" + UUID.nameUUIDFromBytes(request.idempotencyKey().getBytes(StandardCharsets.UTF_8));
                    log.record(new SentSms(id, request.to(), request.text(), request.idempotencyKey(), clock.instant()));
                    return new SmsReceipt(id);
                });
    }
}
