package io.linecare.communication.status;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;

import io.linecare.communication.status.Account.AccountBill;
import io.linecare.communication.status.Account.AccountBillLine;
import io.linecare.communication.status.Account.Hold;
import io.linecare.communication.status.Account.Line;
import io.linecare.communication.status.Account.OpenCase;
import io.linecare.dispute.DisputePolicy;
import io.linecare.platform.roles.ConditionalOnRole;
import io.linecare.platform.roles.Role;
import io.linecare.retention.CancellationReason;

/**
 * Puts an {@link Account} into words for the account page and its two forms: labels, money and dates
 * are made here in the page's locale, so the templates only print text (always escaped) and links.
 */
@Component
@ConditionalOnRole(Role.WEB)
class AccountPageModel {

    private final MessageSource messages;
    private final StatusLinks caseLinks;

    AccountPageModel(MessageSource messages, StatusLinks caseLinks) {
        this.messages = messages;
        this.caseLinks = caseLinks;
    }

    Map<String, Object> account(Account account, String token, Locale locale) {
        Map<String, Object> model = common(account, token, locale, "");
        model.put("windowDays", DisputePolicy.DISPUTE_WINDOW_DAYS);
        List<Map<String, Object>> lines = new ArrayList<>();
        for (Line line : account.lines()) {
            Map<String, Object> row = lineRow(line, locale);
            row.put("cancelUrl", line.cancellation() != null ? null
                    : AccountLinks.PATH + token + "/lines/" + line.lineNumber() + "/cancel?lang=" + PageLanguage.tag(locale));
            lines.add(row);
        }
        model.put("lines", lines);
        List<Map<String, Object>> bills = new ArrayList<>();
        for (AccountBill bill : account.bills()) {
            Map<String, Object> row = billRow(bill, locale);
            row.put("disputeUrl", bill.disputable() ? AccountLinks.PATH + token + "/bills/" + bill.reference()
                    + "/dispute?lang=" + PageLanguage.tag(locale) : null);
            bills.add(row);
        }
        model.put("bills", bills);
        model.put("cases", account.openCases().stream().map(c -> caseRow(c, locale)).toList());
        return model;
    }

    Map<String, Object> disputeForm(Account account, AccountBill bill, String token, Locale locale,
                                    InvalidFormException error, MultiValueMap<String, String> values) {
        Map<String, Object> model = common(account, token, locale, "/bills/" + bill.reference() + "/dispute");
        model.put("bill", billRow(bill, locale));
        model.put("formUrl", AccountLinks.PATH + token + "/bills/" + bill.reference() + "/dispute");
        Set<String> ticked = values == null ? Set.of() : new TreeSet<>(values.getOrDefault(DisputeForm.LINE, List.of()));
        List<Map<String, Object>> lines = new ArrayList<>();
        for (AccountBillLine line : bill.lines()) {
            Map<String, Object> row = billLineRow(line, locale);
            row.put("disputable", line.disputable());
            row.put("checked", ticked.contains(String.valueOf(line.id())));
            row.put("amountField", DisputeForm.AMOUNT_PREFIX + line.id());
            row.put("amountValue", values == null ? "" : orEmpty(values.getFirst(DisputeForm.AMOUNT_PREFIX + line.id())));
            row.put("maxAmount", line.amount().setScale(2, RoundingMode.HALF_UP).toPlainString());
            lines.add(row);
        }
        model.put("lines", lines);
        model.put("reason", values == null ? "" : orEmpty(values.getFirst(DisputeForm.REASON)));
        model.put("decisionDays", DisputePolicy.DECISION_WORKING_DAYS);
        model.put("errors", errors(error, locale));
        return model;
    }

    Map<String, Object> cancelForm(Account account, Line line, String token, Locale locale, InvalidFormException error,
                                   MultiValueMap<String, String> values) {
        Map<String, Object> model = common(account, token, locale, "/lines/" + line.lineNumber() + "/cancel");
        model.put("line", lineRow(line, locale));
        model.put("formUrl", AccountLinks.PATH + token + "/lines/" + line.lineNumber() + "/cancel");
        String picked = values == null ? null : values.getFirst(CancellationForm.REASON);
        List<Map<String, Object>> reasons = new ArrayList<>();
        for (CancellationReason reason : CancellationReason.values()) {
            reasons.add(Map.of("code", reason.code(), "label", text("cancel.reason." + reason.code(), locale),
                    "checked", reason.code().equals(picked)));
        }
        model.put("reasons", reasons);
        model.put("detail", values == null ? "" : orEmpty(values.getFirst(CancellationForm.DETAIL)));
        model.put("endDate", values == null ? "" : orEmpty(values.getFirst(CancellationForm.END_DATE)));
        LocalDate today = LocalDate.now(account.customer().timeZone());
        model.put("minDate", today.toString());
        model.put("maxDate", today.plusYears(1).toString());
        model.put("errors", errors(error, locale));
        return model;
    }

    private Map<String, Object> common(Account account, String token, Locale locale, String subPath) {
        Map<String, Object> model = new LinkedHashMap<>();
        String tag = PageLanguage.tag(locale);
        model.put("lang", tag);
        model.put("customerReference", account.customer().reference());
        model.put("accountUrl", AccountLinks.PATH + token + "?lang=" + tag);
        model.put("otherLanguageUrl", AccountLinks.PATH + token + subPath + "?lang=" + PageLanguage.tag(PageLanguage.other(locale)));
        return model;
    }

    private Map<String, Object> lineRow(Line line, Locale locale) {
        Map<String, Object> row = new HashMap<>();
        row.put("number", line.lineNumber());
        row.put("service", messages.getMessage("service." + line.serviceType(), null, line.serviceType(), locale));
        row.put("plan", line.planName());
        row.put("since", line.since() == null ? null : StatusTimes.format(line.since(), locale));
        row.put("cancellation", line.cancellation() == null ? null : caseRow(line.cancellation(), locale));
        return row;
    }

    private Map<String, Object> billRow(AccountBill bill, Locale locale) {
        Map<String, Object> row = new HashMap<>();
        row.put("reference", bill.reference());
        row.put("period", text("account.bill.period", locale, StatusTimes.format(bill.periodStart(), locale),
                StatusTimes.format(bill.periodEnd(), locale)));
        row.put("issued", StatusTimes.format(bill.issuedOn(), locale));
        row.put("due", bill.dueOn() == null ? null : StatusTimes.format(bill.dueOn(), locale));
        row.put("total", money(bill.total(), locale));
        row.put("state", messages.getMessage("bill.state." + bill.state(), null, bill.state(), locale));
        row.put("lines", bill.lines().stream().map(l -> billLineRow(l, locale)).toList());
        List<String> holds = new ArrayList<>();
        for (Hold hold : bill.holds()) {
            holds.add(text("account.bill.hold", locale, money(hold.amount(), locale), hold.disputeReference()));
        }
        row.put("holds", holds);
        return row;
    }

    private Map<String, Object> billLineRow(AccountBillLine line, Locale locale) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", line.id());
        row.put("description", line.description());
        row.put("lineNumber", line.lineNumber());
        row.put("amount", money(line.amount(), locale));
        row.put("onHold", line.onHold());
        row.put("credit", "credit".equals(line.kind()));
        row.put("dispute", line.openDispute());
        row.put("disputeUrl", line.openDispute() == null ? null : caseUrl(line.openDispute(), locale));
        return row;
    }

    private Map<String, Object> caseRow(OpenCase open, Locale locale) {
        Map<String, Object> row = new HashMap<>();
        row.put("kind", text("case.kind." + open.kind(), locale));
        row.put("reference", open.reference());
        row.put("url", caseUrl(open.reference(), locale));
        row.put("status", messages.getMessage("case.status." + open.kind() + "." + open.status(), null, open.status(), locale));
        String date = open.date() == null ? null : StatusTimes.format(open.date(), locale);
        row.put("summary", switch (open.kind()) {
            case OpenCase.DISPUTE -> text("case.summary.dispute", locale, open.detail(), money(open.amount(), locale), date);
            case OpenCase.CANCELLATION -> text("case.summary.cancellation", locale, open.detail(), date);
            default -> open.detail();
        });
        return row;
    }

    private List<String> errors(InvalidFormException error, Locale locale) {
        if (error == null) {
            return List.of();
        }
        return error.reasons().stream()
                .map(reason -> messages.getMessage(reason.key(), reason.arguments(), reason.key(), locale))
                .distinct().toList();
    }

    private String caseUrl(String caseReference, Locale locale) {
        return caseLinks.pathFor(caseReference, locale) + "?lang=" + PageLanguage.tag(locale);
    }

    /** Money as text (never a MessageFormat number: no grouping surprises), e.g. "CNY 109.00" / "109.00 元". */
    private String money(BigDecimal amount, Locale locale) {
        return text("money", locale, amount == null ? "" : amount.setScale(2, RoundingMode.HALF_UP).toPlainString());
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
