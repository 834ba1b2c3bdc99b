package io.linecare.platform;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a missing prod setting into Spring Boot's one readable "APPLICATION FAILED TO START" box. */
public class MissingProductionSettingsFailureAnalyzer extends AbstractFailureAnalyzer<MissingProductionSettingsException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MissingProductionSettingsException cause) {
        return new FailureAnalysis(
                "Linecare runs with the prod profile but " + String.join(", ", cause.missingVariables())
                        + (cause.missingVariables().size() == 1 ? " is" : " are") + " not set.",
                "Set the database (LINECARE_DB_URL, LINECARE_DB_USER, LINECARE_DB_PASSWORD), the first administrator "
                        + "(LINECARE_ADMIN_USER, LINECARE_ADMIN_PASSWORD) and the workers' technical password "
                        + "(LINECARE_WORKER_PASSWORD), and the customers' status-page links (LINECARE_STATUS_LINK_SECRET, "
                        + "at least 32 random characters, and LINECARE_STATUS_BASE_URL, the public address); "
                        + "see docker/.env.example.",
                cause);
    }
}
