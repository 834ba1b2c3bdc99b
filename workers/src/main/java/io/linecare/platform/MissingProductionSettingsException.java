package io.linecare.platform;

import java.util.List;

public class MissingProductionSettingsException extends RuntimeException {

    private final List<String> missingVariables;

    public MissingProductionSettingsException(List<String> missingVariables) {
        super("The prod profile needs these environment variables: " + String.join(", ", missingVariables));
        this.missingVariables = List.copyOf(missingVariables);
    }

    public List<String> missingVariables() {
        return missingVariables;
    }
}
