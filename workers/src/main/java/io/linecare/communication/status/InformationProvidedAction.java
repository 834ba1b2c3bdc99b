package io.linecare.communication.status;

import org.springframework.stereotype.Component;

import io.linecare.platform.roles.ConditionalOnRole;
import io.linecare.platform.roles.Role;

/** {@code Msg_InformationProvided}: the customer answers our question → {@code customerAnswer}. */
@Component
@ConditionalOnRole(Role.WEB)
public class InformationProvidedAction extends FreeTextAction {

    public static final String MESSAGE = "Msg_InformationProvided";
    public static final String CUSTOMER_ANSWER = "customerAnswer";

    public InformationProvidedAction() {
        super(MESSAGE, "answer", CUSTOMER_ANSWER);
    }
}
