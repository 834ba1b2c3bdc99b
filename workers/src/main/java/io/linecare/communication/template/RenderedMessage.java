package io.linecare.communication.template;

import java.util.Locale;

import io.linecare.communication.MessageType;

/**
 * One message rendered for both channels, in one language.
 *
 * @param locale the locale actually used (the requested one, or {@code en} after fallback)
 * @param smsText the SMS as written by the template; fit it to the channel with the sms package's SmsTextPolicy
 */
public record RenderedMessage(MessageType type, Locale locale, String emailSubject, String emailText, String emailHtml,
        String smsText) {
}
