package io.linecare.billing;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What {@link ChargeAnalyzer} found about a dispute's lines.
 *
 * @param result         {@code clear-error} (the errors found cover the whole disputed amount),
 *                       {@code partial-error} (some of it) or {@code no-error-found}; dispute-routing input
 * @param provableAmount the money the evidence proves is owed to the customer, at most the disputed amount
 * @param findings       one sentence per check, for the reviewer's form and the auto-credit letter
 */
public record ChargeAnalysis(String result, BigDecimal provableAmount, List<Finding> findings) {

    public static final String CLEAR_ERROR = "clear-error";
    public static final String PARTIAL_ERROR = "partial-error";
    public static final String NO_ERROR_FOUND = "no-error-found";

    /**
     * @param amount owed to the customer because of this finding; zero when the charge checked out
     *               or could not be checked
     */
    public record Finding(String kind, Long billLineId, BigDecimal amount, String text) {

        public boolean isError() {
            return amount.signum() > 0;
        }
    }

    /** The findings as the reviewer reads them, errors first. */
    public String evidence() {
        return findings.stream()
                .sorted((a, b) -> Boolean.compare(b.isError(), a.isError()))
                .map(f -> (f.isError() ? "ERROR " : "OK    ") + f.text())
                .collect(Collectors.joining("\n"));
    }

    /** The errors in one or two sentences, for the customer's letter. */
    public String summary() {
        List<String> errors = findings.stream().filter(Finding::isError).map(Finding::text).toList();
        return errors.isEmpty() ? "Our check found the disputed charges to match your plan and usage."
                : String.join(" ", errors);
    }
}
