package io.linecare.communication.email;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sender settings of customer emails ({@code linecare.mail.*}).
 *
 * @param from the sender address, e.g. {@code care@linecare.example}
 * @param fromName the sender's display name, e.g. {@code Linecare customer care}; may be empty
 * @param replyTo where customers' replies go; may be empty (then replies go to {@code from})
 * @param messageIdDomain the right-hand side of Message-IDs (default {@code linecare.local}); use the sending
 *        domain in production
 */
@ConfigurationProperties("linecare.mail")
public record EmailProperties(String from, String fromName, String replyTo, String messageIdDomain) {

    public EmailProperties {
        from = from == null || from.isBlank() ? "care@linecare.local" : from;
        messageIdDomain = messageIdDomain == null || messageIdDomain.isBlank() ? "linecare.local" : messageIdDomain;
    }
}
