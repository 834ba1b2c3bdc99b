package io.linecare.dispute;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

import org.springframework.stereotype.Component;

import io.linecare.platform.tmf.TmfBadRequestException;
import io.linecare.repair.ticket.IntakeChannel;

/**
 * Reads {@code POST /api/disputes} bodies strictly and reports every problem of the shape at once:
 *
 * <pre>
 * {"customer": "CU-000003", "bill": "BL-202602-000123", "reason": "The price went up without notice",
 *  "channel": "phone", "lines": [{"billLineId": 4711, "amount": 10.00}]}
 * </pre>
 * A line without {@code amount} disputes the whole line; {@code channel} defaults to phone.
 */
@Component
public class DisputeRequests {

    private static final Set<String> FIELDS = Set.of("customer", "bill", "reason", "channel", "lines");
    private static final Set<String> LINE_FIELDS = Set.of("billLineId", "amount");
    static final int MAX_LINES = 50;

    private final ObjectReader reader;

    public DisputeRequests(ObjectMapper objectMapper) {
        this.reader = objectMapper.reader()
                .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }

    public DisputeDraft parse(byte[] body) {
        JsonNode root;
        try {
            root = reader.readTree(body);
        } catch (IOException e) {
            throw new TmfBadRequestException("invalidBody", "The request body is not valid JSON");
        }
        if (root == null || !root.isObject()) {
            throw new TmfBadRequestException("invalidBody", "The request body must be a JSON object");
        }
        List<String> problems = new ArrayList<>();
        unknownFields(root, FIELDS, "", problems);
        String customer = text(root, "customer", 20, problems);
        String bill = text(root, "bill", 40, problems);
        String reason = text(root, "reason", DisputeService.REASON_MAX, problems);
        IntakeChannel channel = IntakeChannel.PHONE;
        JsonNode channelNode = root.get("channel");
        if (channelNode != null && !channelNode.isNull()) {
            channel = IntakeChannel.fromCode(channelNode.asText()).orElse(null);
            if (channel == null || !channelNode.isTextual()) {
                problems.add("channel must be " + IntakeChannel.codes());
            }
        }
        List<DisputeLine> lines = new ArrayList<>();
        JsonNode linesNode = root.get("lines");
        if (linesNode == null || !linesNode.isArray() || linesNode.isEmpty()) {
            problems.add("lines must list at least one bill line: [{\"billLineId\": 4711, \"amount\": 10.00}]");
        } else if (linesNode.size() > MAX_LINES) {
            problems.add("lines may name at most " + MAX_LINES + " bill lines");
        } else {
            for (int i = 0; i < linesNode.size(); i++) {
                JsonNode line = linesNode.get(i);
                String where = "lines[" + i + "]";
                if (!line.isObject()) {
                    problems.add(where + " must be an object");
                    continue;
                }
                unknownFields(line, LINE_FIELDS, where + ".", problems);
                JsonNode id = line.get("billLineId");
                if (id == null || !id.canConvertToLong() || !id.isIntegralNumber()) {
                    problems.add(where + ".billLineId is required (a whole number)");
                    continue;
                }
                JsonNode amount = line.get("amount");
                BigDecimal value = null;
                if (amount != null && !amount.isNull()) {
                    if (!amount.isNumber()) {
                        problems.add(where + ".amount must be a number");
                        continue;
                    }
                    value = amount.decimalValue();
                }
                lines.add(new DisputeLine(id.asLong(), value));
            }
        }
        if (!problems.isEmpty()) {
            throw new TmfBadRequestException("invalidBody", String.join("; ", problems));
        }
        return new DisputeDraft(customer, bill, lines, reason, channel);
    }

    private static String text(JsonNode root, String field, int max, List<String> problems) {
        JsonNode node = root.get(field);
        if (node == null || !node.isTextual() || node.asText().isBlank()) {
            problems.add(field + " is required (text)");
            return null;
        }
        String value = node.asText().strip();
        if (value.length() > max) {
            problems.add(field + " is longer than " + max + " characters");
        }
        return value;
    }

    private static void unknownFields(JsonNode node, Set<String> known, String prefix, List<String> problems) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                problems.add(prefix + name + " is not a field of a dispute");
            }
        }
    }
}
