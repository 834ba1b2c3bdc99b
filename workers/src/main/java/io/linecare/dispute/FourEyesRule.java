package io.linecare.dispute;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who may decide at which stage: the approver of a credit above the agent's limit is not its
 * reviewer, and an appeal is decided by nobody who decided the dispute before.
 */
public final class FourEyesRule {

    private FourEyesRule() {
    }

    /** @throws DecisionRefusedException ({@code Err_SameDecider}) when {@code decider} may not decide at {@code stage} */
    public static void check(DecisionStage stage, String decider, List<Decision> earlier) {
        if (stage == DecisionStage.APPROVAL && earlier.stream()
                .anyMatch(d -> d.stage() == DecisionStage.REVIEW && d.decidedBy().equals(decider))) {
            throw new DecisionRefusedException(DecisionRefusedException.SAME_DECIDER, decider
                    + " proposed this credit, so another billing manager must approve it (4-eyes).");
        }
        if (stage == DecisionStage.APPEAL) {
            Set<String> deciders = earlier.stream().filter(d -> d.stage().byPerson()).map(Decision::decidedBy)
                    .collect(Collectors.toSet());
            if (deciders.contains(decider)) {
                throw new DecisionRefusedException(DecisionRefusedException.SAME_DECIDER, decider
                        + " decided this dispute before; the appeal must be decided by a billing manager who did not.");
            }
        }
    }
}
