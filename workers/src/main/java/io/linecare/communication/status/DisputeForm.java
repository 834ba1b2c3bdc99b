package io.linecare.communication.status;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.util.MultiValueMap;

import io.linecare.communication.status.Account.AccountBill;
import io.linecare.communication.status.Account.AccountBillLine;
import io.linecare.communication.status.InvalidFormException.PageMessage;
import io.linecare.communication.status.StatusAction.InvalidAnswerException;
import io.linecare.dispute.DisputeDraft;
import io.linecare.dispute.DisputeLine;
import io.linecare.dispute.DisputePolicy;
import io.linecare.dispute.DisputeService;
import io.linecare.dispute.IntakeRefusedException;
import io.linecare.platform.tmf.TmfBadRequestException;
import io.linecare.repair.ticket.IntakeChannel;

/**
 * "Dispute this bill" as a plain HTML form: {@code line} (one value per ticked bill line id),
 * {@code amount-<billLineId>} (blank: the whole line), {@code reason}. Only the shape is read here; whether
 * the dispute may be opened is {@link DisputeService#open}'s to decide, and its refusals are put into the
 * customer's words by {@link #refusal}.
 */
final class DisputeForm {

    static final String LINE = "line";
    static final String AMOUNT_PREFIX = "amount-";
    static final String REASON = "reason";
    /** The channel a dispute from the status page is recorded with. */
    static final IntakeChannel CHANNEL = IntakeChannel.WEB;

    private DisputeForm() {
    }

    static DisputeDraft read(MultiValueMap<String, String> form, String customerReference, AccountBill bill)
            throws InvalidFormException {
        List<PageMessage> problems = new ArrayList<>();
        Set<Long> ticked = new LinkedHashSet<>();
        for (String value : form.getOrDefault(LINE, List.of())) {
            try {
                ticked.add(Long.parseLong(value.strip()));
            } catch (NumberFormatException e) {
                problems.add(new PageMessage("error.dispute.lineUnknown"));
            }
        }
        if (ticked.isEmpty() && problems.isEmpty()) {
            problems.add(new PageMessage("error.dispute.noLine"));
        }
        List<DisputeLine> lines = new ArrayList<>();
        for (long id : ticked) {
            String text = form.getFirst(AMOUNT_PREFIX + id);
            BigDecimal amount = null;
            if (text != null && !text.isBlank()) {
                try {
                    amount = new BigDecimal(text.strip().replace('，', '.').replace(',', '.'));
                } catch (NumberFormatException e) {
                    problems.add(new PageMessage("error.dispute.amountNotANumber", describe(bill, id)));
                    continue;
                }
            }
            lines.add(new DisputeLine(id, amount));
        }
        String reason = null;
        try {
            reason = FormText.optional(form, REASON);
            if (reason == null) {
                problems.add(new PageMessage("error.dispute.reason"));
            } else if (reason.length() > DisputeService.REASON_MAX) {
                problems.add(new PageMessage("error.text.tooLong", DisputeService.REASON_MAX));
            }
        } catch (InvalidAnswerException tooLong) {
            problems.add(new PageMessage("error.text.tooLong", DisputeService.REASON_MAX));
        }
        if (!problems.isEmpty()) {
            throw new InvalidFormException(problems);
        }
        return new DisputeDraft(customerReference, bill.reference(), lines, reason, CHANNEL);
    }

    /** The intake's refusal, one sentence per problem, naming the line as the customer sees it on the bill. */
    static InvalidFormException refusal(TmfBadRequestException refused, AccountBill bill) {
        List<IntakeRefusedException.Problem> problems = refused instanceof IntakeRefusedException all ? all.problems()
                : List.of(new IntakeRefusedException.Problem(refused.code(), null));
        List<PageMessage> messages = new ArrayList<>();
        for (IntakeRefusedException.Problem problem : problems) {
            String line = problem.billLineId() == null ? "" : describe(bill, problem.billLineId());
            BigDecimal charged = problem.billLineId() == null ? null
                    : bill.line(problem.billLineId()).map(AccountBillLine::amount).orElse(null);
            messages.add(switch (problem.code()) {
                case "outsideDisputeWindow" -> new PageMessage("error.dispute.outsideDisputeWindow",
                        DisputePolicy.DISPUTE_WINDOW_DAYS);
                case "lineNotOnBill" -> new PageMessage("error.dispute.lineUnknown");
                case "duplicateLine" -> new PageMessage("error.dispute.duplicateLine", line);
                case "lineNotDisputable" -> new PageMessage("error.dispute.lineNotDisputable", line);
                case "invalidAmount" -> new PageMessage("error.dispute.invalidAmount", line);
                case "amountAboveLine" -> new PageMessage("error.dispute.amountAboveLine", line,
                        charged == null ? "" : charged.toPlainString());
                case "lineAlreadyDisputed" -> problem.billLineId() == null
                        ? new PageMessage("error.dispute.anyLineAlreadyDisputed")
                        : new PageMessage("error.dispute.lineAlreadyDisputed", line);
                default -> new PageMessage("error.dispute.refused");
            });
        }
        return new InvalidFormException(messages);
    }

    private static String describe(AccountBill bill, long billLineId) {
        return bill.line(billLineId).map(AccountBillLine::description).orElse("#" + billLineId);
    }
}
