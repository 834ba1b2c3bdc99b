package io.linecare.communication.status;

import org.springframework.stereotype.Component;

import io.linecare.platform.roles.ConditionalOnRole;
import io.linecare.platform.roles.Role;

/** {@code Msg_DecisionAppealed}: the customer disagrees with a decision and says why → {@code appealReason}. */
@Component
@ConditionalOnRole(Role.WEB)
public class DecisionAppealedAction extends FreeTextAction {

    public static final String MESSAGE = "Msg_DecisionAppealed";
    public static final String APPEAL_REASON = "appealReason";

    public DecisionAppealedAction() {
        super(MESSAGE, "reason", APPEAL_REASON);
    }
}
