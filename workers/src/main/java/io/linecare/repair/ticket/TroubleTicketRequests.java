package io.linecare.repair.ticket;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

import org.springframework.stereotype.Component;

import io.linecare.platform.tmf.TmfBadRequestException;

/**
 * Reads TMF621 request bodies strictly and says exactly what is wrong: malformed JSON, unknown
 * fields (at any depth), fields Linecare sets itself, missing or blank values, values outside the
 * documented sets. All problems of a body are reported together in one TMF630 message.
 */
@Component
public class TroubleTicketRequests {

    public static final String CUSTOMER_ROLE = "customer";
    public static final String CUSTOMER_REFERRED_TYPE = "Customer";
    public static final String AFFECTED_LINE_ROLE = "affectedLine";
    public static final String LINE_REFERRED_TYPE = "Service";
    public static final String RESOURCE_TYPE = "TroubleTicket";

    static final int NAME_MAX = 200;
    static final int DESCRIPTION_MAX = 4000;
    static final int NOTE_MAX = 4000;

    /** TroubleTicket_Create attributes of the spec that Linecare sets itself or does not take. */
    private static final Set<String> CREATE_NOT_ACCEPTED = Set.of("id", "href", "creationDate", "lastUpdate",
            "status", "statusChange", "statusChangeDate", "statusChangeReason", "expectedResolutionDate",
            "resolutionDate", "requestedResolutionDate", "priority", "externalId", "attachment", "note",
            "troubleTicketRelationship", "@baseType", "@schemaLocation");
    private static final Set<String> CREATE_FIELDS = Set.of("name", "description", "severity", "ticketType",
            "channel", "relatedParty", "relatedEntity", "@type");
    /** TroubleTicket_Update attributes that exist in the spec but cannot be changed here. */
    private static final Set<String> PATCH_NOT_ACCEPTED = Set.of("id", "href", "name", "description",
            "ticketType", "channel", "statusChange", "statusChangeDate", "statusChangeReason",
            "creationDate", "lastUpdate", "expectedResolutionDate", "resolutionDate", "requestedResolutionDate",
            "priority", "externalId", "attachment", "relatedParty", "relatedEntity", "troubleTicketRelationship",
            "@baseType", "@schemaLocation");
    private static final Set<String> PATCH_FIELDS = Set.of("note", "severity", "status", "@type");
    private static final Set<String> CHANNEL_FIELDS = Set.of("id", "name", "href", "@type", "@referredType");
    private static final Set<String> REF_FIELDS = Set.of("id", "name", "href", "role", "@type", "@referredType");
    private static final Set<String> NOTE_FIELDS = Set.of("id", "text", "author", "date", "@type");

    private final ObjectReader reader;

    public TroubleTicketRequests(ObjectMapper objectMapper) {
        this.reader = objectMapper.reader()
                .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }

    public TicketDraft parseCreate(byte[] body) {
        JsonNode root = readObject(body);
        Problems problems = new Problems();
        checkFields(root, "", CREATE_FIELDS, CREATE_NOT_ACCEPTED, "when creating a ticket", problems);
        checkType(root, problems);

        String description = text(root, "description", DESCRIPTION_MAX, true, problems);
        String name = text(root, "name", NAME_MAX, false, problems);
        Severity severity = code(root, "severity", Severity::fromCode, Severity.codes(), problems);
        TicketType ticketType = code(root, "ticketType", TicketType::fromCode, TicketType.codes(), problems);
        IntakeChannel channel = channel(root, problems);
        String customerReference = reference(root, "relatedParty", CUSTOMER_ROLE, CUSTOMER_REFERRED_TYPE,
                "the customer's reference, e.g. CU-000042", problems);
        String lineId = reference(root, "relatedEntity", AFFECTED_LINE_ROLE, LINE_REFERRED_TYPE,
                "the subscription id or line number", problems);
        problems.throwIfAny();
        if (name == null) {
            name = defaultName(description);
        }
        return new TicketDraft(name, description, severity, ticketType, channel, customerReference, lineId);
    }

    public TicketPatch parsePatch(byte[] body) {
        JsonNode root = readObject(body);
        Problems problems = new Problems();
        checkFields(root, "", PATCH_FIELDS, PATCH_NOT_ACCEPTED, "(only note, severity and the customer's answer as status can be changed)", problems);
        checkType(root, problems);
        Severity severity = null;
        if (root.has("severity")) {
            severity = code(root, "severity", Severity::fromCode, Severity.codes(), problems);
        }
        TicketStatus customerAnswer = null;
        if (root.has("status")) {
            String status = root.get("status").asText();
            if (status.equals(TicketStatus.CLOSED.code()) || status.equals(TicketStatus.IN_PROGRESS.code())) {
                customerAnswer = TicketStatus.fromCode(status).orElseThrow();
            } else {
                problems.add("invalidValue", "status can be set to closed (the customer confirms the fix) or inProgress"
                        + " (the customer says it is not fixed), not '" + status + "'; the flow sets every other status");
            }
        }
        List<TicketPatch.NoteInput> notes = new ArrayList<>();
        if (root.has("note")) {
            JsonNode array = root.get("note");
            if (!array.isArray()) {
                problems.add("wrongType", "note must be an array of notes such as [{\"text\": \"...\"}]");
            } else {
                for (int i = 0; i < array.size(); i++) {
                    String path = "note[" + i + "]";
                    JsonNode item = array.get(i);
                    if (!item.isObject()) {
                        problems.add("wrongType", path + " must be an object such as {\"text\": \"...\"}");
                        continue;
                    }
                    checkFields(item, path + ".", NOTE_FIELDS, Set.of(), "", problems);
                    String id = optionalText(item, "id", path + ".id", problems);
                    String text = text(item, "text", path + ".text", NOTE_MAX, id == null, problems);
                    notes.add(new TicketPatch.NoteInput(id, text));
                }
            }
        }
        problems.throwIfAny();
        return new TicketPatch(severity, notes, customerAnswer);
    }

    static String defaultName(String description) {
        String firstLine = description.strip().lines().findFirst().orElse("").strip();
        return firstLine.length() <= 80 ? firstLine : firstLine.substring(0, 79) + "…";
    }

    private JsonNode readObject(byte[] body) {
        if (body == null || body.length == 0) {
            throw new TmfBadRequestException("invalidBody", "The request body is empty; send a JSON object");
        }
        JsonNode root;
        try {
            root = reader.readTree(body);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new TmfBadRequestException("invalidBody", "The request body is not valid JSON"
                    + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")")
                    + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new TmfBadRequestException("invalidBody", "The request body could not be read");
        }
        if (root == null || !root.isObject()) {
            throw new TmfBadRequestException("invalidBody", "The request body must be a JSON object");
        }
        return root;
    }

    private static void checkFields(JsonNode node, String prefix, Set<String> accepted, Set<String> refused,
                                    String refusedWhy, Problems problems) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String field = names.next();
            if (accepted.contains(field)) {
                continue;
            }
            if (refused.contains(field)) {
                problems.add("fieldNotAllowed", prefix + field + " cannot be set " + refusedWhy);
            } else {
                problems.add("unknownField", "Unknown field " + prefix + field);
            }
        }
    }

    private static void checkType(JsonNode root, Problems problems) {
        JsonNode type = root.get("@type");
        if (type != null && !(type.isTextual() && RESOURCE_TYPE.equals(type.asText()))) {
            problems.add("invalidValue", "@type must be " + RESOURCE_TYPE + " when sent");
        }
    }

    private static String text(JsonNode node, String field, int max, boolean required, Problems problems) {
        return text(node, field, field, max, required, problems);
    }

    private static String text(JsonNode node, String field, String path, int max, boolean required,
                               Problems problems) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                problems.add("missingField", path + " is required");
            }
            return null;
        }
        if (!value.isTextual()) {
            problems.add("wrongType", path + " must be a string");
            return null;
        }
        String text = value.asText().strip();
        if (text.isEmpty()) {
            if (required) {
                problems.add("missingField", path + " must not be blank");
            } else {
                problems.add("invalidValue", path + " must not be blank when sent");
            }
            return null;
        }
        if (text.length() > max) {
            problems.add("invalidValue", path + " is longer than " + max + " characters");
            return null;
        }
        return text;
    }

    private static String optionalText(JsonNode node, String field, String path, Problems problems) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual() && !value.isIntegralNumber()) {
            problems.add("wrongType", path + " must be a string");
            return null;
        }
        String text = value.asText().strip();
        return text.isEmpty() ? null : text;
    }

    private static <T> T code(JsonNode node, String field, Function<String, Optional<T>> parse, String allowed,
                              Problems problems) {
        String value = text(node, field, field, 100, true, problems);
        if (value == null) {
            return null;
        }
        Optional<T> parsed = parse.apply(value);
        if (parsed.isEmpty()) {
            problems.add("invalidValue", field + " '" + value + "' is not known; use " + allowed);
            return null;
        }
        return parsed.get();
    }

    private static IntakeChannel channel(JsonNode root, Problems problems) {
        JsonNode channel = root.get("channel");
        if (channel == null || channel.isNull()) {
            problems.add("missingField", "channel is required, e.g. {\"name\": \"phone\"}");
            return null;
        }
        if (!channel.isObject()) {
            problems.add("wrongType", "channel must be an object such as {\"name\": \"phone\"}");
            return null;
        }
        checkFields(channel, "channel.", CHANNEL_FIELDS, Set.of(), "", problems);
        String id = optionalText(channel, "id", "channel.id", problems);
        String name = optionalText(channel, "name", "channel.name", problems);
        if (id == null && name == null) {
            problems.add("missingField", "channel needs a name (or id): " + IntakeChannel.codes());
            return null;
        }
        if (id != null && name != null && !id.equals(name)) {
            problems.add("invalidValue", "channel.id '" + id + "' and channel.name '" + name + "' differ");
            return null;
        }
        String value = name != null ? name : id;
        Optional<IntakeChannel> parsed = IntakeChannel.fromCode(value);
        if (parsed.isEmpty()) {
            problems.add("invalidValue", "channel '" + value + "' is not known; use " + IntakeChannel.codes());
            return null;
        }
        return parsed.get();
    }

    /** The id of the one entry of {@code field} (relatedParty or relatedEntity) with this role. */
    private static String reference(JsonNode root, String field, String role, String referredType, String what,
                                    Problems problems) {
        String example = "[{\"id\": \"...\", \"role\": \"" + role + "\", \"@referredType\": \"" + referredType
                + "\"}]";
        JsonNode array = root.get(field);
        if (array == null || array.isNull()) {
            problems.add("missingField", field + " is required: " + example + " with " + what);
            return null;
        }
        if (!array.isArray()) {
            problems.add("wrongType", field + " must be an array: " + example);
            return null;
        }
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String path = field + "[" + i + "]";
            JsonNode item = array.get(i);
            if (!item.isObject()) {
                problems.add("wrongType", path + " must be an object");
                continue;
            }
            checkFields(item, path + ".", REF_FIELDS, Set.of(), "", problems);
            String itemRole = optionalText(item, "role", path + ".role", problems);
            if (itemRole == null) {
                problems.add("missingField", path + ".role is required (" + role + ")");
                continue;
            }
            if (!itemRole.equalsIgnoreCase(role)) {
                problems.add("invalidValue", path + ".role '" + itemRole + "' is not supported; use " + role);
                continue;
            }
            String type = optionalText(item, "@referredType", path + ".@referredType", problems);
            if (type != null && !type.equalsIgnoreCase(referredType)) {
                problems.add("invalidValue", path + ".@referredType '" + type + "' must be " + referredType);
            }
            String id = optionalText(item, "id", path + ".id", problems);
            if (id == null) {
                problems.add("missingField", path + ".id is required: " + what);
                continue;
            }
            ids.add(id);
        }
        if (ids.size() > 1) {
            problems.add("invalidValue", field + " must name exactly one " + role + ", not " + ids.size());
            return null;
        }
        if (ids.isEmpty() && array.size() == 0) {
            problems.add("missingField", field + " needs one entry with role " + role + ": " + what);
        }
        return ids.isEmpty() ? null : ids.get(0);
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
            if (messages.isEmpty()) {
                return;
            }
            String code = codes.size() == 1 ? codes.iterator().next() : "invalidBody";
            throw new TmfBadRequestException(code, String.join("; ", messages));
        }
    }
}
