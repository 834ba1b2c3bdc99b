package io.linecare.communication.status;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;

import io.linecare.platform.roles.ConditionalOnRole;
import io.linecare.platform.roles.Role;

/**
 * {@code Msg_FixConfirmed}: "It works now" / "Still not working" → {@code fixWorked} (boolean), with an
 * optional comment ({@code customerComment}) and an optional satisfaction score 1–5 ({@code satisfactionScore}).
 */
@Component
@ConditionalOnRole(Role.WEB)
public class FixConfirmedAction implements StatusAction {

    public static final String MESSAGE = "Msg_FixConfirmed";
    public static final String FIX_WORKED = "fixWorked";
    public static final String CUSTOMER_COMMENT = "customerComment";
    public static final String SATISFACTION_SCORE = "satisfactionScore";
    static final String WORKED = "worked";
    static final String NOT_WORKED = "notWorked";

    @Override
    public String messageName() {
        return MESSAGE;
    }

    @Override
    public Answer read(MultiValueMap<String, String> form, WaitingAction waiting) throws InvalidAnswerException {
        String outcome = form.getFirst("outcome");
        boolean worked;
        if (WORKED.equals(outcome)) {
            worked = true;
        } else if (NOT_WORKED.equals(outcome)) {
            worked = false;
        } else {
            throw new InvalidAnswerException("error.fix.outcome");
        }
        Integer score = score(form.getFirst("score"));
        String comment = FormText.optional(form, "comment");

        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(FIX_WORKED, worked);
        if (comment != null) {
            variables.put(CUSTOMER_COMMENT, comment);
        }
        if (score != null) {
            variables.put(SATISFACTION_SCORE, score);
        }
        String detail = score == null ? comment : score + "/5" + (comment == null ? "" : " · " + comment);
        return new Answer(variables, MESSAGE + "." + (worked ? WORKED : NOT_WORKED), detail);
    }

    private static Integer score(String value) throws InvalidAnswerException {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.trim();
        if (trimmed.length() != 1 || trimmed.charAt(0) < '1' || trimmed.charAt(0) > '5') {
            throw new InvalidAnswerException("error.score");
        }
        return trimmed.charAt(0) - '0';
    }
}
