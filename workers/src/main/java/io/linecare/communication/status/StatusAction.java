package io.linecare.communication.status;

import java.util.Locale;
import java.util.Map;

import org.springframework.util.MultiValueMap;

/**
 * Something a customer can do on the status page while a process instance of the case waits on
 * the BPMN message {@link #messageName()}. Implementations read and validate the posted form and
 * say which process variables go with the message; the controller correlates and records.
 */
public interface StatusAction {

    /** The BPMN message name the waiting process instance subscribes to, e.g. {@code Msg_SlotPicked}. */
    String messageName();

    /** Values the form needs beyond its labels (e.g. the offered slots), read from the waiting execution. */
    default Map<String, Object> formData(WaitingAction waiting, Locale locale) {
        return Map.of();
    }

    /**
     * The customer's answer as process variables, or {@link InvalidAnswerException} with a message key
     * for the page. Never trusts the form: every value is checked against what the process offered.
     */
    Answer read(MultiValueMap<String, String> form, WaitingAction waiting) throws InvalidAnswerException;

    /** A process instance of the case waiting on a message, and the execution holding the subscription. */
    record WaitingAction(String messageName, String processInstanceId, String executionId) {
    }

    /**
     * @param variables      set on the correlation
     * @param recordedAction the {@code status_page_action.action} code, e.g. {@code Msg_FixConfirmed.worked}
     * @param detail         what the customer said, as plain text for the timeline (may be null)
     */
    record Answer(Map<String, Object> variables, String recordedAction, String detail) {
    }

    /** The form is not acceptable; {@code messageKey} (with {@code arguments}) explains why in the page's language. */
    class InvalidAnswerException extends Exception {

        private final String messageKey;
        private final transient Object[] arguments;

        public InvalidAnswerException(String messageKey, Object... arguments) {
            super(messageKey, null, false, false);
            this.messageKey = messageKey;
            this.arguments = arguments;
        }

        public String messageKey() {
            return messageKey;
        }

        public Object[] arguments() {
            return arguments.clone();
        }
    }
}
