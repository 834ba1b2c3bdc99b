package io.linecare.communication;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The messages Linecare sends to customers. Each one has an email template and an SMS template per
 * locale under {@code templates/<channel>/<templateName>.<locale>.vm}, and a fixed set of model values
 * the templates may use (documented in templates/README.md; a test keeps both in step).
 */
public enum MessageType {

    TICKET_ACKNOWLEDGED("ticket-acknowledged", false, "promisedAt"),
    REMOTE_FIX_DONE("remote-fix-done", false, "fixSummary", "promisedAt"),
    SLOTS_OFFERED("slots-offered", false, "slots", "promisedAt"),
    APPOINTMENT_CONFIRMED("appointment-confirmed", false, "appointmentWindow"),
    APPOINTMENT_REMINDER("appointment-reminder", true, "appointmentWindow"),
    RUNNING_LATE("running-late", true, "appointmentWindow", "revisedWindow"),
    /** Sent at 80% of the promised time when the case will likely run over: the customer hears first. */
    PROMISE_AT_RISK("promise-at-risk", true, "promisedAt", "estimatedAt"),
    APOLOGY_COMPENSATION("apology-compensation", false, "missedPromise", "creditAmount", "promisedAt"),
    RESOLVED_PLEASE_CONFIRM("resolved-please-confirm", false, "promisedAt"),
    DISPUTE_ACKNOWLEDGED("dispute-acknowledged", false, "billReference", "disputedAmount", "promisedAt"),
    DISPUTE_DECISION("dispute-decision", false, "billReference", "decision", "decisionReason", "creditAmount", "promisedAt"),
    DISPUTE_APPEAL_DECISION("dispute-appeal-decision", false, "billReference", "decision", "decisionReason", "creditAmount", "promisedAt"),
    DISPUTE_APPEAL_REFUSED("dispute-appeal-refused", false, "billReference", "promisedAt"),
    /** The group became a suspected incident: everyone on its nodes hears we are checking, before the analyst decides. */
    OUTAGE_SUSPECTED("outage-suspected", true, "areaName", "promisedAt"),
    /** The analyst found no network fault: those told of the check hear so. */
    OUTAGE_ALL_CLEAR("outage-all-clear", false, "areaName", "checkedAt"),
    OUTAGE_NOTICE("outage-notice", true, "areaName", "promisedAt"),
    OUTAGE_RESOLVED("outage-resolved", false, "areaName", "promisedAt"),
    /** After an outage that outlasted the customer's repair promise: the credit we gave without being asked. */
    OUTAGE_COMPENSATION("outage-compensation", false, "areaName", "missedPromise", "restoredAt", "creditAmount"),
    CANCELLATION_ACKNOWLEDGED("cancellation-acknowledged", false, "serviceEndsAt"),
    /** Asked for on a case page: the link to the customer's account page, sent only to their own contacts. */
    ACCOUNT_LINK("account-link", false, "accountUrl", "accountLinkExpiresAt"),
    RETENTION_OFFER_CONFIRMED("retention-offer-confirmed", false, "offerType", "offerValue", "offerMonths", "serviceEndsAt"),
    /** A retention speed upgrade's months are over: the line is back on its plan, the price unchanged. */
    RETENTION_UPGRADE_ENDED("retention-upgrade-ended", false, "restoredMbps", "upgradedMbps", "upgradePriceAmount", "offerEndsAt"),
    CANCELLATION_CONFIRMED("cancellation-confirmed", false, "serviceEndsAt", "finalCreditAmount"),
    EQUIPMENT_RETURN_LABEL("equipment-return-label", false, "serviceEndsAt", "returnBy", "feeDueAt", "equipmentFeeAmount"),
    EQUIPMENT_RETURN_REMINDER("equipment-return-reminder", false, "serviceEndsAt", "feeDueAt", "equipmentFeeAmount"),
    EXIT_SURVEY("exit-survey", false, "serviceEndsAt"),
    WIN_BACK("win-back", false, "serviceEndsAt");

    /** Values whose content the templates branch on; checked before rendering. */
    private static final Map<String, Set<String>> DISPUTE_DECISION_VALUES =
            Map.of("decision", Set.of("upheld", "partially-upheld", "rejected"));
    private static final Map<String, Set<String>> OFFER_VALUES =
            Map.of("offerType", Set.of("discount", "speed-upgrade", "free-months", "none"));

    /** Values every message needs: who, which case, and where to follow it. */
    public static final List<String> COMMON_VALUES = Common.VALUES;

    /** Holder: enum constructors cannot read the enum's own static fields. */
    private static final class Common {
        static final List<String> VALUES = List.of("customerName", "caseReference", "statusUrl");
    }

    private final String templateName;
    private final boolean smsSinglePart;
    private final Set<String> requiredValues;

    MessageType(String templateName, boolean smsSinglePart, String... specificValues) {
        this.templateName = templateName;
        this.smsSinglePart = smsSinglePart;
        Set<String> values = new LinkedHashSet<>(Common.VALUES);
        values.addAll(Arrays.asList(specificValues));
        this.requiredValues = Collections.unmodifiableSet(values);
    }

    /** The template file stem, e.g. {@code ticket-acknowledged}. */
    public String templateName() {
        return templateName;
    }

    /** True when the SMS must fit one part (time-critical or sent to many): it is shortened, keeping the status link. */
    public boolean smsSinglePart() {
        return smsSinglePart;
    }

    /** The model values the templates of this message use; all of them must be present and non-null. */
    public Set<String> requiredValues() {
        return requiredValues;
    }

    /** Model values restricted to a fixed set of strings (the dispute decisions' {@code decision}, retention-offer-confirmed's {@code offerType}). */
    public Map<String, Set<String>> allowedValues() {
        if (this == DISPUTE_DECISION || this == DISPUTE_APPEAL_DECISION) {
            return DISPUTE_DECISION_VALUES;
        }
        return this == RETENTION_OFFER_CONFIRMED ? OFFER_VALUES : Map.of();
    }

    public static MessageType fromTemplateName(String templateName) {
        for (MessageType type : values()) {
            if (type.templateName.equals(templateName)) {
                return type;
            }
        }
        throw new IllegalArgumentException("Unknown message type '" + templateName + "'");
    }
}
