package io.linecare.dispute;

/** Who decided a dispute at which step; one decision per stage. Declared in flow order: a later stage overrides an earlier one. */
public enum DecisionStage {
    /** the automatic check found a clear error and dispute-routing allowed crediting it */
    AUTO("auto", false),
    /** a billing agent */
    REVIEW("review", true),
    /** a billing manager deciding directly (enterprise, repeat disputes, escalation) */
    MANAGER("manager", true),
    /** a billing manager approving a credit above the agent's limit: not the reviewer (4-eyes) */
    APPROVAL("approval", true),
    /** a billing manager deciding the customer's appeal: nobody who decided before */
    APPEAL("appeal", true);

    private final String code;
    private final boolean person;

    DecisionStage(String code, boolean person) {
        this.code = code;
        this.person = person;
    }

    public String code() {
        return code;
    }

    /** True when a person decides (and the 4-eyes rules apply to them). */
    public boolean byPerson() {
        return person;
    }

    public static DecisionStage fromCode(String code) {
        for (DecisionStage stage : values()) {
            if (stage.code.equals(code)) {
                return stage;
            }
        }
        throw new IllegalArgumentException("Unknown decision stage '" + code + "' (auto, review, manager, approval or appeal)");
    }
}
