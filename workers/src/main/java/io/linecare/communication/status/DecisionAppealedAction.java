package io.linecare.communication.status;

import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;

import io.linecare.platform.roles.ConditionalOnRole;
import io.linecare.platform.roles.Role;

/** {@code Msg_DecisionAppealed}: the customer disagrees with a decision and says why → {@code appealReason}. */
@Component
@ConditionalOnRole(Role.WEB)
public class DecisionAppealedAction implements StatusAction {

    public static final String MESSAGE = "Msg_DecisionAppealed";
    public static final String APPEAL_REASON = "appealReason";

    @Override
    public String messageName() {
        return MESSAGE;
    }

    @Override
    public Answer read(MultiValueMap<String, String> form, WaitingAction waiting) throws InvalidAnswerException {
        String reason = FormText.required(form, "reason");
        return new Answer(Map.of(APPEAL_REASON, reason), MESSAGE, reason);
    }
}
