package io.linecare.communication.template;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.linecare.communication.MessageType;
import io.linecare.communication.template.MessageModel.TimeWindow;

/** Sample models of every message type, built from one sample map per type through {@link MessageModel}. */
public final class SampleModels {

    public static final String CUSTOMER_NAME = "Zhang Wei";
    public static final String CASE_REFERENCE = "FR-2026-000123";
    public static final String STATUS_URL = "https://status.linecare.example/c/FR-2026-000123?t=5f2a9c01";
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    public static final Currency CNY = Currency.getInstance("CNY");

    /** 2026-03-05 14:00 in Shanghai. */
    public static final Instant PROMISED_AT = Instant.parse("2026-03-05T06:00:00Z");
    /** 2026-12-31 23:59 in Shanghai: the last minute of a cancelled line. */
    public static final Instant SERVICE_ENDS_AT = Instant.parse("2026-12-31T15:59:00Z");
    /** 2026-09-02 00:00 in Shanghai: the day after a speed upgrade's last month. */
    public static final Instant UPGRADE_ENDED_AT = Instant.parse("2026-09-01T16:00:00Z");
    /** An honest new estimate, four hours after {@link #PROMISED_AT}: 2026-03-05 18:00 in Shanghai. */
    public static final Instant ESTIMATED_AT = Instant.parse("2026-03-05T10:00:00Z");
    public static final Instant MISSED_PROMISE = Instant.parse("2026-03-03T10:00:00Z");
    public static final TimeWindow APPOINTMENT = window("2026-03-04T01:00:00Z", "2026-03-04T04:00:00Z");
    public static final TimeWindow REVISED = window("2026-03-04T05:00:00Z", "2026-03-04T07:00:00Z");
    public static final List<TimeWindow> SLOTS = List.of(APPOINTMENT, window("2026-03-04T06:00:00Z", "2026-03-04T09:00:00Z"),
            window("2026-03-05T01:00:00Z", "2026-03-05T04:00:00Z"));

    private SampleModels() {
    }

    /** The type-specific sample values (raw: Instants, windows, amounts); the common ones are added by {@link #model}. */
    public static Map<String, Object> sampleValues(MessageType type) {
        Map<String, Object> v = new LinkedHashMap<>();
        switch (type) {
            case TICKET_ACKNOWLEDGED, RESOLVED_PLEASE_CONFIRM -> v.put("promisedAt", PROMISED_AT);
            case REMOTE_FIX_DONE -> {
                v.put("fixSummary", "Reset the port of your line at the exchange.");
                v.put("promisedAt", PROMISED_AT);
            }
            case SLOTS_OFFERED -> {
                v.put("slots", SLOTS);
                v.put("promisedAt", PROMISED_AT);
            }
            case APPOINTMENT_CONFIRMED, APPOINTMENT_REMINDER -> v.put("appointmentWindow", APPOINTMENT);
            case RUNNING_LATE -> {
                v.put("appointmentWindow", APPOINTMENT);
                v.put("revisedWindow", REVISED);
            }
            case PROMISE_AT_RISK -> {
                v.put("promisedAt", PROMISED_AT);
                v.put("estimatedAt", ESTIMATED_AT);
            }
            case APOLOGY_COMPENSATION -> {
                v.put("missedPromise", MISSED_PROMISE);
                v.put("creditAmount", new BigDecimal("20"));
                v.put("promisedAt", PROMISED_AT);
            }
            case DISPUTE_ACKNOWLEDGED -> {
                v.put("billReference", "B-202602-88412");
                v.put("disputedAmount", new BigDecimal("86.50"));
                v.put("promisedAt", PROMISED_AT);
            }
            case DISPUTE_DECISION -> {
                v.put("billReference", "B-202602-88412");
                v.put("decision", "partially-upheld");
                v.put("decisionReason", "The roaming charge was wrong; the line rental is correct.");
                v.put("creditAmount", new BigDecimal("40.00"));
                v.put("promisedAt", PROMISED_AT);
            }
            case DISPUTE_APPEAL_DECISION -> {
                v.put("billReference", "B-202602-88412");
                v.put("decision", "upheld");
                v.put("decisionReason", "The price rise was never announced to you, so the old price applies.");
                v.put("creditAmount", new BigDecimal("40.00"));
                v.put("promisedAt", PROMISED_AT);
            }
            case DISPUTE_APPEAL_REFUSED -> {
                v.put("billReference", "B-202602-88412");
                v.put("promisedAt", PROMISED_AT);
            }
            case OUTAGE_ALL_CLEAR -> {
                v.put("areaName", "Pudong, Zhangjiang");
                v.put("checkedAt", PROMISED_AT);
            }
            case OUTAGE_NOTICE, OUTAGE_RESOLVED, OUTAGE_SUSPECTED -> {
                v.put("areaName", "Pudong, Zhangjiang");
                v.put("promisedAt", PROMISED_AT);
            }
            case OUTAGE_COMPENSATION -> {
                v.put("areaName", "Pudong, Zhangjiang");
                v.put("missedPromise", MISSED_PROMISE);
                v.put("restoredAt", PROMISED_AT);
                v.put("creditAmount", new BigDecimal("100"));
            }
            case CANCELLATION_ACKNOWLEDGED, EXIT_SURVEY, WIN_BACK -> v.put("serviceEndsAt", SERVICE_ENDS_AT);
            case RETENTION_OFFER_CONFIRMED -> {
                v.put("offerType", "discount");
                v.put("offerValue", "15");
                v.put("offerMonths", "6");
                v.put("serviceEndsAt", SERVICE_ENDS_AT);
            }
            case ACCOUNT_LINK -> {
                v.put("accountUrl", "https://status.linecare.example/status/account/a1b2c3");
                v.put("accountLinkExpiresAt", SERVICE_ENDS_AT);
            }
            case RETENTION_UPGRADE_ENDED -> {
                v.put("restoredMbps", "300");
                v.put("upgradedMbps", "500");
                v.put("upgradePriceAmount", new BigDecimal("129.00"));
                v.put("offerEndsAt", UPGRADE_ENDED_AT);
            }
            case CANCELLATION_CONFIRMED -> {
                v.put("serviceEndsAt", SERVICE_ENDS_AT);
                v.put("finalCreditAmount", new BigDecimal("42.50"));
            }
            case EQUIPMENT_RETURN_LABEL -> {
                v.put("serviceEndsAt", SERVICE_ENDS_AT);
                v.put("returnBy", SERVICE_ENDS_AT.plusSeconds(14 * 86400));
                v.put("feeDueAt", SERVICE_ENDS_AT.plusSeconds(28 * 86400));
                v.put("equipmentFeeAmount", new BigDecimal("200"));
            }
            case EQUIPMENT_RETURN_REMINDER -> {
                v.put("serviceEndsAt", SERVICE_ENDS_AT);
                v.put("feeDueAt", SERVICE_ENDS_AT.plusSeconds(28 * 86400));
                v.put("equipmentFeeAmount", new BigDecimal("200"));
            }
        }
        return v;
    }

    public static Map<String, Object> model(MessageType type, Locale locale) {
        return model(type, locale, CUSTOMER_NAME);
    }

    public static Map<String, Object> model(MessageType type, Locale locale, String customerName) {
        return model(type, locale, customerName, sampleValues(type));
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> model(MessageType type, Locale locale, String customerName, Map<String, Object> values) {
        MessageModel model = MessageModel.forCustomer(locale, ZONE)
                .text("customerName", customerName)
                .text("caseReference", CASE_REFERENCE)
                .text("statusUrl", STATUS_URL);
        values.forEach((name, value) -> {
            if (value instanceof Instant instant) {
                model.dateTime(name, instant);
            } else if (value instanceof TimeWindow window) {
                model.window(name, window.start(), window.end());
            } else if (value instanceof BigDecimal amount) {
                model.money(name, amount, CNY);
            } else if (value instanceof List<?> list) {
                model.windows(name, (List<TimeWindow>) list);
            } else {
                model.text(name, value.toString());
            }
        });
        return model.build();
    }

    /** The value that carries the message's promise (formatted), for assertions. */
    public static String promiseKey(MessageType type) {
        return switch (type) {
            case APPOINTMENT_CONFIRMED, APPOINTMENT_REMINDER -> "appointmentWindow";
            case RUNNING_LATE -> "revisedWindow";
            case EQUIPMENT_RETURN_LABEL -> "returnBy";
            case EQUIPMENT_RETURN_REMINDER -> "feeDueAt";
            case CANCELLATION_ACKNOWLEDGED, RETENTION_OFFER_CONFIRMED, CANCELLATION_CONFIRMED, EXIT_SURVEY, WIN_BACK -> "serviceEndsAt";
            case PROMISE_AT_RISK -> "estimatedAt";
            case RETENTION_UPGRADE_ENDED -> "offerEndsAt";
            case ACCOUNT_LINK -> "accountLinkExpiresAt";
            case OUTAGE_ALL_CLEAR -> "checkedAt";
            // service is already back: what the message promises is the credit
            case OUTAGE_COMPENSATION -> "creditAmount";
            default -> "promisedAt";
        };
    }

    private static TimeWindow window(String start, String end) {
        return new TimeWindow(Instant.parse(start), Instant.parse(end));
    }
}
