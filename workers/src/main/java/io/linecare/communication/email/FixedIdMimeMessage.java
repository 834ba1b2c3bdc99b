package io.linecare.communication.email;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/**
 * A MimeMessage whose Message-ID is fixed in advance. {@link MimeMessage#saveChanges()} calls
 * {@link #updateMessageID()}, which would otherwise replace the header with a random id on every save.
 */
public class FixedIdMimeMessage extends MimeMessage {

    private final String messageId;

    public FixedIdMimeMessage(Session session, String messageId) {
        super(session);
        this.messageId = messageId;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
        setHeader("Message-ID", messageId);
    }
}
