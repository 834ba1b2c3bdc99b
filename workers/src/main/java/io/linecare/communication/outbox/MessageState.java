package io.linecare.communication.outbox;

/** TMF681 CommunicationMessage states, spelled as the standard spells them. */
public enum MessageState {
    initial, inProgress, completed, failed, cancelled
}
