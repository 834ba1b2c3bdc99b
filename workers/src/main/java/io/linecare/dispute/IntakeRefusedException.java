package io.linecare.dispute;

import java.util.List;

import io.linecare.platform.tmf.TmfBadRequestException;

/**
 * A dispute the intake refuses, with every problem found: the API answers it as one TMF630 400 (the
 * first code, all messages), the customer's status page names each problem in the customer's language.
 */
public class IntakeRefusedException extends TmfBadRequestException {

    private final transient List<Problem> problems;

    public IntakeRefusedException(List<Problem> problems, String message) {
        super(problems.get(0).code(), message);
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    /**
     * @param code       the TMF630 code, e.g. {@code amountAboveLine}
     * @param billLineId the bill line the problem is about; null when it is about the whole dispute
     */
    public record Problem(String code, Long billLineId) {
    }
}
