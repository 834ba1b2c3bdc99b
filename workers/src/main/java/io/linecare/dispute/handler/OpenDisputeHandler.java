package io.linecare.dispute.handler;

import static io.linecare.dispute.OpenDisputeVariables.BILL_REFERENCE;
import static io.linecare.dispute.OpenDisputeVariables.CUSTOMER_REFERENCE;
import static io.linecare.dispute.OpenDisputeVariables.DISPUTE_LABEL;
import static io.linecare.dispute.OpenDisputeVariables.DISPUTE_REFERENCE;
import static io.linecare.dispute.OpenDisputeVariables.ERROR_INVALID_DISPUTE;
import static io.linecare.dispute.OpenDisputeVariables.INTAKE_PROBLEM;
import static io.linecare.dispute.OpenDisputeVariables.MAX_LINES;
import static io.linecare.dispute.OpenDisputeVariables.OPENED_BY;
import static io.linecare.dispute.OpenDisputeVariables.REASON;
import static io.linecare.dispute.OpenDisputeVariables.WITHDRAW_DISPUTE;
import static io.linecare.dispute.OpenDisputeVariables.amount;
import static io.linecare.dispute.OpenDisputeVariables.billLine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.client.spring.annotation.ExternalTaskSubscription;
import org.springframework.stereotype.Component;

import io.linecare.dispute.Dispute;
import io.linecare.dispute.DisputeDraft;
import io.linecare.dispute.DisputeLine;
import io.linecare.dispute.DisputeService;
import io.linecare.dispute.OpenDisputeVariables;
import io.linecare.platform.externaltask.BusinessOutcomeException;
import io.linecare.platform.externaltask.IntakeForm;
import io.linecare.platform.externaltask.LinecareTaskHandler;
import io.linecare.platform.externaltask.TaskInput;
import io.linecare.platform.externaltask.Topics;
import io.linecare.platform.roles.ConditionalOnRole;
import io.linecare.platform.roles.Role;
import io.linecare.platform.tmf.TmfBadRequestException;
import io.linecare.repair.ticket.IntakeChannel;

/**
 * {@code dispute.open-dispute}: turns the agent's start form into a dispute through the same
 * {@link DisputeService} as {@code POST /api/disputes}, so a dispute from Tasklist is checked, held and
 * decided exactly like one from the API. Anything the agent can fix (a missing value, an unknown
 * customer, a bill that is not theirs or too old, a line not on it, an amount above the line's, a line in
 * another open dispute) becomes {@code Err_InvalidDispute} with every reason in {@code intakeProblem};
 * the agent corrects the form and it comes back here.
 *
 * <p>Only on nodes with the engine: opening stores the dispute and starts billing-dispute on the local
 * engine in one transaction.
 */
@Component
@ConditionalOnRole(Role.ENGINE)
@ExternalTaskSubscription(Topics.DISPUTE_OPEN_DISPUTE)
public class OpenDisputeHandler extends LinecareTaskHandler {

    private static final Pattern PROBLEM_START = Pattern.compile(
            "; (?=customer: |bill: |lines\\[\\d+]: |bill line \\d+ is already)");
    private static final Pattern LINE_INDEX = Pattern.compile("(?m)^lines\\[(\\d+)]: ");

    private final DisputeService disputes;

    public OpenDisputeHandler(DisputeService disputes) {
        this.disputes = disputes;
    }

    @Override
    protected Map<String, Object> handle(TaskInput input) {
        String openedBy = input.requireString(OPENED_BY);
        IntakeForm form = new IntakeForm(input.allVariables());
        String customerReference = form.text(CUSTOMER_REFERENCE, "Customer reference", 20);
        String billReference = form.text(BILL_REFERENCE, "Bill reference", 40);
        String reason = form.text(REASON, "What the customer says is wrong", DisputeService.REASON_MAX);
        List<DisputeLine> lines = new ArrayList<>();
        // the form's number of each line in the draft, to name lines as the agent sees them
        List<Integer> formLines = new ArrayList<>();
        boolean lineProblem = false;
        for (int n = 1; n <= MAX_LINES; n++) {
            int problemsBefore = form.problems().size();
            Long billLine = form.optionalWholeNumber(billLine(n), "Bill line " + n);
            boolean billLineUnusable = form.problems().size() > problemsBefore;
            BigDecimal amount = form.optionalNumber(amount(n), "Disputed amount " + n);
            lineProblem |= form.problems().size() > problemsBefore;
            if (billLine != null) {
                lines.add(new DisputeLine(billLine, amount));
                formLines.add(n);
            } else if (amount != null && !billLineUnusable) {
                form.problem("Disputed amount " + n + " needs bill line " + n);
                lineProblem = true;
            }
        }
        if (lines.isEmpty() && !lineProblem) {
            form.problem("Bill line 1 is required: the number of a disputed line as printed on the bill");
        }
        if (!form.isValid()) {
            throw invalid(form.problems(), customerReference, billReference);
        }
        // one dispute per intake, however often the engine hands this task out
        String intakeKey = OpenDisputeVariables.PROCESS_KEY + ":" + input.processInstanceId();
        DisputeDraft draft = new DisputeDraft(customerReference, billReference, lines, reason, IntakeChannel.PHONE);
        try {
            return Map.of(DISPUTE_REFERENCE, disputes.openOnce(draft, openedBy, intakeKey).id());
        } catch (TmfBadRequestException refused) {
            // a second delivery racing the first is refused for the first's lines: that is the dispute
            Optional<Dispute> opened = disputes.openedBy(intakeKey);
            if (opened.isPresent()) {
                return Map.of(DISPUTE_REFERENCE, opened.get().id());
            }
            throw invalid(List.of(inFormTerms(refused.getMessage(), formLines)), customerReference, billReference);
        }
    }

    /**
     * The service speaks the API ("customer: ...; lines[0]: ...", all on one line); the agent sees the
     * form's labels and line numbers instead, one problem per line.
     */
    static String inFormTerms(String apiMessage, List<Integer> formLines) {
        String text = PROBLEM_START.matcher(apiMessage).replaceAll("\n")
                .replaceAll("(?m)^customer: ", "Customer reference: ")
                .replaceAll("(?m)^bill: ", "Bill reference: ");
        Matcher line = LINE_INDEX.matcher(text);
        StringBuilder named = new StringBuilder();
        while (line.find()) {
            int index = Integer.parseInt(line.group(1));
            String number = index < formLines.size() ? String.valueOf(formLines.get(index)) : String.valueOf(index + 1);
            line.appendReplacement(named, Matcher.quoteReplacement("Bill line " + number + ": "));
        }
        line.appendTail(named);
        return named.toString();
    }

    private static BusinessOutcomeException invalid(List<String> problems, String customerReference, String billReference) {
        String reason = String.join("\n", problems);
        return new BusinessOutcomeException(ERROR_INVALID_DISPUTE, reason, Map.of(
                INTAKE_PROBLEM, reason,
                DISPUTE_LABEL, (customerReference == null ? "no customer reference" : customerReference)
                        + ", " + (billReference == null ? "no bill" : billReference),
                // the correction form sets it; starting each round at false lets the gateway read it
                // even when a correction is completed through the REST API without it
                WITHDRAW_DISPUTE, false));
    }
}
