package io.linecare.retention.api;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

import io.linecare.platform.tmf.TmfBadRequestException;
import io.linecare.retention.CancellationReason;

/**
 * Reads a POST /api/cancellations body strictly: unknown fields, missing or blank values, codes outside
 * their sets and dates that are not dates are all reported together as one TMF630 400, never a 500.
 */
@Component
public class CancellationRequests {

    static final Set<String> FIELDS = Set.of("customer", "line", "reason", "reasonDetail", "desiredEndDate", "channel");
    static final Set<String> CHANNELS = Set.of("phone", "web", "app", "shop", "status-page");
    public static final int DETAIL_MAX = 1000;

    private final ObjectReader reader;

    public CancellationRequests(ObjectMapper objectMapper) {
        this.reader = objectMapper.reader()
                .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }

    public CancellationDraft parse(byte[] body) {
        JsonNode root = readObject(body);
        Problems problems = new Problems();
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String field = names.next();
            if (!FIELDS.contains(field)) {
                problems.add("unknownField", "Unknown field " + field + " (send " + String.join(", ", new java.util.TreeSet<>(FIELDS)) + ")");
            }
        }
        String customer = text(root, "customer", true, 20, problems);
        if (customer != null && !customer.matches("CU-[0-9]{6}")) {
            problems.add("invalidValue", "customer must be the customer's reference such as CU-000042, not '" + customer + "'");
        }
        String line = text(root, "line", true, 40, problems);
        String reasonCode = text(root, "reason", true, 40, problems);
        CancellationReason reason = null;
        if (reasonCode != null) {
            reason = CancellationReason.fromCode(reasonCode).orElse(null);
            if (reason == null) {
                problems.add("invalidValue", "reason '" + reasonCode + "' is not known; use " + CancellationReason.codes());
            }
        }
        String detail = text(root, "reasonDetail", false, DETAIL_MAX, problems);
        String endText = text(root, "desiredEndDate", true, 10, problems);
        LocalDate end = null;
        if (endText != null) {
            try {
                end = LocalDate.parse(endText);
            } catch (DateTimeParseException e) {
                problems.add("invalidValue", "desiredEndDate must be a date such as 2026-12-31, not '" + endText + "'");
            }
        }
        String channel = text(root, "channel", false, 20, problems);
        if (channel == null) {
            channel = "phone";
        } else if (!CHANNELS.contains(channel)) {
            problems.add("invalidValue", "channel '" + channel + "' is not known; use " + String.join(", ", new java.util.TreeSet<>(CHANNELS)));
        }
        problems.throwIfAny();
        return new CancellationDraft(customer, line, reason, detail, end, channel);
    }

    private JsonNode readObject(byte[] body) {
        if (body == null || body.length == 0) {
            throw new TmfBadRequestException("invalidBody", "The request body is empty; send a JSON object");
        }
        JsonNode root;
        try {
            root = reader.readTree(body);
        } catch (JsonProcessingException e) {
            throw new TmfBadRequestException("invalidBody", "The request body is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new TmfBadRequestException("invalidBody", "The request body could not be read");
        }
        if (root == null || !root.isObject()) {
            throw new TmfBadRequestException("invalidBody", "The request body must be a JSON object");
        }
        return root;
    }

    private static String text(JsonNode node, String field, boolean required, int max, Problems problems) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                problems.add("missingField", field + " is required");
            }
            return null;
        }
        if (!value.isTextual()) {
            problems.add("wrongType", field + " must be a string");
            return null;
        }
        String text = value.asText().strip();
        if (text.isEmpty()) {
            if (required) {
                problems.add("missingField", field + " must not be blank");
            }
            return null;
        }
        if (text.length() > max) {
            problems.add("invalidValue", field + " is longer than " + max + " characters");
            return null;
        }
        return text;
    }

    /** Everything wrong with one body; the code is the kind of problem when there is only one kind. */
    private static final class Problems {

        private final Set<String> codes = new LinkedHashSet<>();
        private final List<String> messages = new ArrayList<>();

        void add(String code, String message) {
            codes.add(code);
            messages.add(message);
        }

        void throwIfAny() {
            if (!messages.isEmpty()) {
                throw new TmfBadRequestException(codes.size() == 1 ? codes.iterator().next() : "invalidBody",
                        String.join("; ", messages));
            }
        }
    }
}
