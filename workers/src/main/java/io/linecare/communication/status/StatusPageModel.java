package io.linecare.communication.status;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;

import io.linecare.communication.status.CaseStatus.TimelineEvent;
import io.linecare.communication.status.StatusAction.WaitingAction;
import io.linecare.grouping.ComplaintGroupReference;
import io.linecare.grouping.ComplaintGroupRepository;
import io.linecare.platform.roles.ConditionalOnRole;
import io.linecare.platform.roles.Role;
import io.linecare.retention.CancellationRequest;
import io.linecare.retention.CancellationService;

/**
 * Puts a {@link CaseStatus} into words for the page template: localized labels and formatted times
 * are made here, so the template only prints text (always escaped, {@code th:text}/{@code th:value}).
 */
@Component
@ConditionalOnRole(Role.WEB)
class StatusPageModel {

    private final MessageSource messages;
    private final StatusActions actions;
    private final CancellationService cancellations;
    private final ComplaintGroupRepository incidents;

    StatusPageModel(MessageSource messages, StatusActions actions, CancellationService cancellations,
                    ComplaintGroupRepository incidents) {
        this.messages = messages;
        this.actions = actions;
        this.cancellations = cancellations;
        this.incidents = incidents;
    }

    /** A customer's rejected form: which action, why, and what they had typed (shown again, escaped). */
    record FormError(String messageName, String messageKey, Object[] arguments, MultiValueMap<String, String> values) {
    }

    Map<String, Object> page(CaseStatus status, String token, Locale locale, FormError error) {
        Map<String, Object> model = common(token, locale);
        model.put("caseReference", status.caseReference());
        model.put("stage", text("stage." + status.stage().name(), locale));
        model.put("stageCode", status.stage().name());
        model.put("currentStep", status.currentStep());
        model.put("promise", status.promisedAt() == null ? null
                : StatusTimes.format(status.promisedAt(), locale).orElse(null));
        model.put("promisePaused", status.promisePaused());
        model.put("incidentReport", incidentReport(status.caseReference(), locale));
        model.put("timeline", status.timeline().stream().map(event -> timelineRow(event, locale)).toList());
        // the account page's link is sent to the customer on request, never shown here (see AccountLinkRequests)
        model.put("accountLinkUrl", status.customerReference() == null ? null : StatusLinks.PATH + token + "/account-link");
        model.put("cancellation", cancellations.find(status.caseReference()).map(request -> cancellationNotice(request, locale))
                .orElse(null));

        List<Map<String, Object>> open = new ArrayList<>();
        for (WaitingAction waiting : status.actions()) {
            StatusAction action = actions.forMessage(waiting.messageName()).orElseThrow();
            Map<String, Object> form = new HashMap<>(action.formData(waiting, locale));
            form.put("name", waiting.messageName());
            form.put("url", StatusLinks.PATH + token + "/actions/" + waiting.messageName());
            Map<String, String> values = new HashMap<>();
            form.put("error", null);
            if (error != null && error.messageName().equals(waiting.messageName())) {
                form.put("error", messages.getMessage(error.messageKey(), error.arguments(), error.messageKey(), locale));
                error.values().forEach((field, list) -> values.put(field, list.isEmpty() ? "" : list.get(0)));
            }
            form.put("values", values);
            open.add(form);
        }
        model.put("actions", open);
        return model;
    }

    Map<String, Object> common(String token, Locale locale) {
        Map<String, Object> model = new LinkedHashMap<>();
        String tag = PageLanguage.tag(locale);
        Locale other = PageLanguage.other(locale);
        model.put("lang", tag);
        if (token != null) {
            model.put("pageUrl", StatusLinks.PATH + token + "?lang=" + tag);
            model.put("otherLanguageUrl", StatusLinks.PATH + token + "?lang=" + PageLanguage.tag(other));
        }
        return model;
    }

    /**
     * A cancellation says plainly when the service ends and that it will go through: the date was fixed at
     * intake and nothing in the save attempt moves it. After a save, or once ended, it says that instead.
     */
    private Map<String, Object> cancellationNotice(CancellationRequest request, Locale locale) {
        String endsAt = StatusTimes.format(request.serviceEndsAt(), locale);
        String key = switch (request.status()) {
            case "saved" -> "cancellation.saved";
            case "cancelled" -> "cancellation.ended";
            default -> "cancellation.goesThrough";
        };
        String text = messages.getMessage(key, new Object[] {request.lineNumber(), endsAt}, key, locale);
        if ("saved".equals(request.status())) {
            // what the customer stayed for, and until when (a speed upgrade: and what happens then)
            text += cancellations.runningOffer(request.reference())
                    .map(offer -> " " + messages.getMessage("cancellation.saved." + offer.type(), new Object[] {
                            StatusTimes.format(offer.lastDay().plusDays(1).atStartOfDay(StatusTimes.CUSTOMER_ZONE).toInstant(),
                                    locale)}, "", locale))
                    .orElse("");
        }
        Map<String, Object> notice = new HashMap<>();
        notice.put("text", text);
        notice.put("endsAt", endsAt);
        notice.put("status", request.status());
        return notice;
    }

    private Map<String, Object> timelineRow(TimelineEvent event, Locale locale) {
        Map<String, Object> row = new HashMap<>();
        row.put("note", null);
        row.put("detail", null);
        row.put("when", StatusTimes.format(event.at(), locale));
        row.put("kind", event.kind().name().toLowerCase(Locale.ROOT));
        switch (event.kind()) {
            case STEP -> {
                row.put("title", event.name());
                row.put("note", "event".equals(event.code()) ? null : text("timeline.step." + event.code(), locale));
            }
            case MESSAGE -> {
                row.put("title", messages.getMessage("timeline.message." + event.code(), null,
                        text("timeline.message.other", locale), locale));
                row.put("note", messages.getMessage("messageType." + event.name(), null, null, locale));
                row.put("detail", event.detail());
            }
            case ACTION -> {
                row.put("title", messages.getMessage("timeline.action." + event.code(), null,
                        text("timeline.action.other", locale), locale));
                row.put("detail", event.detail());
            }
        }
        return row;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale);
    }

    /** An incident's post-incident report, in words; null for every other case and before it is written. */
    private String[] incidentReport(String caseReference, Locale locale) {
        if (!ComplaintGroupReference.isValid(caseReference)) {
            return null;
        }
        return incidents.report(caseReference).map(report -> new String[] {
                text("report.summary", locale, report.durationMinutes() / 60, report.durationMinutes() % 60,
                        report.customersAffected(), report.complaintsReceived()),
                text("report.notified", locale, report.notifiedBeforeCallPct().toPlainString()),
                text("report.compensation", locale, report.compensationTotal().toPlainString(), report.customersCompensated()),
                text("report.cause", locale, report.rootCause())}).orElse(null);
    }
}
