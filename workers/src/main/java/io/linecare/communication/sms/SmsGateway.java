package io.linecare.communication.sms;

/**
 * Sends one SMS. Implementations are selected with {@code linecare.sms.gateway} ({@code recording} by default,
 * or {@code http}).
 */
public interface SmsGateway {

    /**
     * @throws SmsRejectedException the provider refused the message (bad number, bad request): do not retry
     * @throws SmsTemporaryFailureException the provider could not be reached or failed (5xx, timeout): retry later
     */
    SmsReceipt send(SmsRequest request);
}
