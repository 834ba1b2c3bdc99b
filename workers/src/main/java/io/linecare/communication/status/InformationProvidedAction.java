package io.linecare.communication.status;

import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;

import io.linecare.platform.roles.ConditionalOnRole;
import io.linecare.platform.roles.Role;

/** {@code Msg_InformationProvided}: the customer answers our question → {@code customerAnswer}. */
@Component
@ConditionalOnRole(Role.WEB)
public class InformationProvidedAction implements StatusAction {

    public static final String MESSAGE = "Msg_InformationProvided";
    public static final String CUSTOMER_ANSWER = "customerAnswer";

    @Override
    public String messageName() {
        return MESSAGE;
    }

    @Override
    public Answer read(MultiValueMap<String, String> form, WaitingAction waiting) throws InvalidAnswerException {
        String answer = FormText.required(form, "answer");
        return new Answer(Map.of(CUSTOMER_ANSWER, answer), MESSAGE, answer);
    }
}
