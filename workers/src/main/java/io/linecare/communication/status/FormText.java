package io.linecare.communication.status;

import org.springframework.util.MultiValueMap;

import io.linecare.communication.status.StatusAction.InvalidAnswerException;

/** Free text from a customer's form: trimmed, control characters removed, length-limited. */
final class FormText {

    static final int MAX_LENGTH = 4000;

    private FormText() {
    }

    /** The trimmed value, or null when absent or blank. */
    static String optional(MultiValueMap<String, String> form, String field) throws InvalidAnswerException {
        String value = form.getFirst(field);
        if (value == null) {
            return null;
        }
        String cleaned = clean(value);
        if (cleaned.length() > MAX_LENGTH) {
            throw new InvalidAnswerException("error.text.tooLong", MAX_LENGTH);
        }
        return cleaned.isEmpty() ? null : cleaned;
    }

    static String required(MultiValueMap<String, String> form, String field) throws InvalidAnswerException {
        String value = optional(form, field);
        if (value == null) {
            throw new InvalidAnswerException("error.text.required");
        }
        return value;
    }

    /** Line breaks kept (as \n), other control characters dropped: they only ever hide things. */
    static String clean(String value) {
        StringBuilder out = new StringBuilder(value.length());
        String normalized = value.replace("\r\n", "\n").replace('\r', '\n');
        for (int i = 0; i < normalized.length(); i++) {
            char c = normalized.charAt(i);
            if (c == '\n' || c == '\t' || !Character.isISOControl(c)) {
                out.append(c);
            }
        }
        return out.toString().strip();
    }
}
