package io.linecare.communication.sms;

/**
 * The gateway accepted the message.
 *
 * @param providerMessageId the provider's id of the message, for delivery reports and support questions
 */
public record SmsReceipt(String providerMessageId) {
}
