package io.linecare.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Checks a JSON value against a definition of an official TM Forum v4 Swagger file (copies in test
 * resources, tmf/): required attributes, types, enums, date-time format (with offset), nested refs.
 */
public final class TmfSpec {

    public static final TmfSpec TMF621 = new TmfSpec("/tmf/TMF621-TroubleTicket-v4.0.0.swagger.json");
    public static final TmfSpec TMF656 = new TmfSpec("/tmf/TMF656-ServiceProblem-v4.0.0.swagger.json");

    private final JsonNode definitions;

    private TmfSpec(String resource) {
        this.definitions = load(resource).get("definitions");
    }

    public List<String> violations(Object value, String definition) {
        List<String> problems = new ArrayList<>();
        check(new ObjectMapper().valueToTree(value), definitions.get(definition), definition, problems);
        return problems;
    }

    private void check(JsonNode value, JsonNode schema, String path, List<String> problems) {
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            check(value, definitions.get(ref.substring(ref.lastIndexOf('/') + 1)), path, problems);
            return;
        }
        if (schema.has("enum")) {
            boolean known = false;
            for (JsonNode allowed : schema.get("enum")) {
                known |= allowed.equals(value);
            }
            if (!known) {
                problems.add(path + ": " + value + " is not one of " + schema.get("enum"));
            }
        }
        String type = schema.path("type").asText(schema.has("properties") ? "object" : "");
        switch (type) {
            case "string" -> {
                if (!value.isTextual()) {
                    problems.add(path + ": expected a string, got " + value);
                } else if ("date-time".equals(schema.path("format").asText())) {
                    try {
                        OffsetDateTime.parse(value.asText());
                    } catch (DateTimeParseException e) {
                        problems.add(path + ": '" + value.asText() + "' is not an ISO-8601 date-time with offset");
                    }
                }
            }
            case "array" -> {
                if (!value.isArray()) {
                    problems.add(path + ": expected an array, got " + value);
                } else {
                    for (int i = 0; i < value.size(); i++) {
                        check(value.get(i), schema.get("items"), path + "[" + i + "]", problems);
                    }
                }
            }
            case "object" -> {
                if (!value.isObject()) {
                    problems.add(path + ": expected an object, got " + value);
                    return;
                }
                for (JsonNode required : schema.path("required")) {
                    if (!value.has(required.asText())) {
                        problems.add(path + ": required " + required.asText() + " is missing");
                    }
                }
                JsonNode properties = schema.path("properties");
                for (Iterator<Map.Entry<String, JsonNode>> fields = value.fields(); fields.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    if (properties.has(field.getKey())) {
                        check(field.getValue(), properties.get(field.getKey()), path + "." + field.getKey(), problems);
                    }
                }
            }
            case "integer" -> {
                if (!value.isIntegralNumber()) {
                    problems.add(path + ": expected an integer, got " + value);
                }
            }
            default -> {
            }
        }
    }

    private static JsonNode load(String resource) {
        try (InputStream in = TmfSpec.class.getResourceAsStream(resource)) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
