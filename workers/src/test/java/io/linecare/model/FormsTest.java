package io.linecare.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Every Camunda Form in forms/ renders in the Tasklist of Camunda 7.24 and shows staff what they need.
 * 7.24 ships form-js with schemaVersion 16; a file picker does not render there and a dynamic list
 * leaves Complete disabled, so only plain components are allowed. Facts are shown as disabled fields:
 * Tasklist submits every field that is not disabled, readonly ones included, and a textfield sends its
 * value back as a string, which would turn a Boolean or Integer process variable into a String (and
 * flatten a multi-line description into one line) each time a task is completed.
 */
class FormsTest {

    static final Path FORMS = ModelConsistencyTest.FORMS;

    /** The schemaVersion of the form-js that Camunda 7.24's Tasklist bundles. */
    static final int TASKLIST_SCHEMA_VERSION = 16;

    static final Set<String> INPUT_TYPES = Set.of("textfield", "textarea", "number", "checkbox", "radio", "select");
    static final Set<String> ALLOWED_TYPES = Set.of("textfield", "textarea", "number", "checkbox", "radio", "select",
            "text", "group", "separator", "spacer");
    static final Set<String> CHOICE_TYPES = Set.of("radio", "select");

    /** Forms used before a case exists (the agent is typing the customer in): no case facts to show. */
    static final Set<String> INTAKE_FORMS = Set.of("report-fault", "report-fault-correct", "open-dispute",
            "open-dispute-correct", "request-cancellation", "request-cancellation-correct");
    /** The case reference (business key) each process's forms show, by form-file prefix. */
    static final Map<String, String> CASE_REFERENCE = Map.of(
            "fault-repair-", "ticketId",
            "billing-dispute-", "disputeReference",
            "cancellation-save-", "cancellationReference",
            "complaint-group-", "groupReference");
    /** Who the case is about, by form-file prefix: one customer, except a complaint group of many. */
    static final Map<String, String> CASE_SUBJECT = Map.of("complaint-group-", "groupLabel");

    @Test
    void everyFormRendersInTasklistAndShowsTheFacts() throws IOException {
        List<Path> forms = formFiles(FORMS);
        assertThat(forms).as("forms in " + FORMS).isNotEmpty();

        List<String> problems = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (Path form : forms) {
            problems.addAll(problems(form.getFileName().toString(), json.readTree(form.toFile())));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theFaultRepairTasksAndThePhoneIntakeHaveTheirForms() throws IOException {
        assertThat(formFiles(FORMS).stream().map(f -> f.getFileName().toString()))
                .contains("fault-repair-agree-visit-time.form", "fault-repair-technician-visit.form",
                        "fault-repair-network-work.form", "fault-repair-promise-at-risk.form",
                        "report-fault.form", "report-fault-correct.form");
    }

    /**
     * A Date variable in a form reads as ISO text without a zone ("2026-12-10T10:00:00.000+0000"): forms
     * show its staff label instead (StaffTime: the staff zone, named, and the time left).
     */
    @Test
    void noFormShowsARawDateOnlyItsStaffLabel() throws IOException {
        Set<String> dates = dateVariables(VARIABLE_DECLARATIONS);
        assertThat(dates).as("Date variables declared in the *Variables classes")
                .contains("decisionBy", "appealDecisionBy", "serviceEndsAt", "saveDeadline", "atRiskAt");

        List<String> problems = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (Path form : formFiles(FORMS)) {
            List<JsonNode> components = new ArrayList<>();
            collect(json.readTree(form.toFile()).path("components"), components);
            components.stream().map(c -> c.path("key").asText("")).filter(dates::contains).forEach(key -> problems.add(
                    form.getFileName() + ": shows the Date " + key + " as ISO text; show its staff label instead"));
        }
        assertThat(problems).isEmpty();
    }

    /** The names of the variables whose declaration's javadoc starts with "Date" in the *Variables classes. */
    static Set<String> dateVariables(Path sources) throws IOException {
        Set<String> dates = new HashSet<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith("Variables.java")).toList()) {
                Matcher declaration = DATE_DECLARATION.matcher(Files.readString(file));
                while (declaration.find()) {
                    dates.add(declaration.group(1));
                }
            }
        }
        return dates;
    }

    static final Path VARIABLE_DECLARATIONS = Path.of("src", "main", "java", "io", "linecare");
    /** {@code /** Date: ... *\/ public static final String NAME = "name";} (one javadoc, not across two). */
    private static final Pattern DATE_DECLARATION = Pattern.compile(
            "/\\*\\*\\s*Date\\b(?:(?!\\*/).)*\\*/\\s*public static final String \\w+ = \"(\\w+)\";", Pattern.DOTALL);

    @Test
    void theDisputeAndCancellationIntakesHaveTheirStartAndCorrectionForms() throws IOException {
        assertThat(formFiles(FORMS).stream().map(f -> f.getFileName().toString()))
                .contains("open-dispute.form", "open-dispute-correct.form",
                        "request-cancellation.form", "request-cancellation-correct.form");
    }

    // the check has teeth: a form with every mistake is reported for each of them

    @Test
    void aBrokenFormIsReportedForEachMistake() throws IOException {
        JsonNode broken = new ObjectMapper().readTree("""
                {"id": "fault-repair-something-else", "schemaVersion": 18, "components": [
                  {"id": "Fact_ticketId", "key": "ticketId", "type": "textfield", "label": "Reference", "readonly": true},
                  {"id": "Group_Facts", "type": "group", "label": "Facts", "components": [
                    {"id": "Input_photo", "key": "photo", "type": "filepicker", "label": "Photo"},
                    {"id": "Input_note", "key": "note", "type": "textarea"}
                  ]},
                  {"id": "Input_slot", "key": "slot", "type": "select", "label": "Slot", "valuesKey": "slots"},
                  {"id": "Input_cause", "key": "cause", "type": "radio", "label": "Cause",
                   "values": [{"label": "Line", "value": "line"}, {"label": "Again", "value": "line"}, {"value": "cpe"}]},
                  {"id": "Input_note", "key": "note", "type": "textfield", "label": "Note"}
                ]}""");

        assertThat(problems("fault-repair-agree-visit-time.form", broken)).containsExactlyInAnyOrder(
                "fault-repair-agree-visit-time.form: id \"fault-repair-something-else\" is not the file name's stem",
                "fault-repair-agree-visit-time.form: schemaVersion 18 is newer than 7.24's Tasklist reads (16)",
                "fault-repair-agree-visit-time.form: Input_photo: type filepicker is not allowed",
                "fault-repair-agree-visit-time.form: Input_note: input has no label",
                "fault-repair-agree-visit-time.form: Input_slot: select has no static values (valuesKey or valuesExpression break 7.24 Tasklist)",
                "fault-repair-agree-visit-time.form: Input_cause: radio value \"line\" appears twice",
                "fault-repair-agree-visit-time.form: Input_cause: radio value \"cpe\" has no label",
                "fault-repair-agree-visit-time.form: Input_note: id is used twice",
                "fault-repair-agree-visit-time.form: Input_note: key note is bound twice",
                "fault-repair-agree-visit-time.form: Fact_ticketId: fact ticketId is readonly but not disabled, so Tasklist submits it back",
                "fault-repair-agree-visit-time.form: shows no fact customerName (a disabled field bound to it)",
                "fault-repair-agree-visit-time.form: shows no fact ticketId (a disabled field bound to it)");
    }

    // the check

    static List<String> problems(String fileName, JsonNode form) {
        List<String> problems = new ArrayList<>();
        String stem = fileName.substring(0, fileName.length() - ".form".length());
        String id = form.path("id").asText(null);
        if (!stem.equals(id)) {
            problems.add(fileName + ": id " + (id == null ? "(none)" : "\"" + id + "\"") + " is not the file name's stem");
        }
        int schemaVersion = form.path("schemaVersion").asInt(0);
        if (schemaVersion > TASKLIST_SCHEMA_VERSION) {
            problems.add(fileName + ": schemaVersion " + schemaVersion + " is newer than 7.24's Tasklist reads ("
                    + TASKLIST_SCHEMA_VERSION + ")");
        }
        List<JsonNode> components = new ArrayList<>();
        collect(form.path("components"), components);
        Set<String> ids = new HashSet<>();
        Set<String> keys = new HashSet<>();
        Set<String> facts = new HashSet<>();
        for (JsonNode component : components) {
            String type = component.path("type").asText("");
            String componentId = component.path("id").asText("(no id)");
            String where = fileName + ": " + componentId + ": ";
            if (!ids.add(componentId)) {
                problems.add(where + "id is used twice");
            }
            if (!ALLOWED_TYPES.contains(type)) {
                problems.add(where + "type " + type + " is not allowed");
                continue;
            }
            if (!INPUT_TYPES.contains(type)) {
                continue;
            }
            String key = component.path("key").asText("");
            if (key.isBlank()) {
                problems.add(where + "input has no key");
            } else if (!keys.add(key)) {
                problems.add(where + "key " + key + " is bound twice");
            }
            if (component.path("label").asText("").isBlank()) {
                problems.add(where + "input has no label");
            }
            boolean disabled = component.path("disabled").asBoolean(false);
            if (component.path("readonly").asBoolean(false) && !disabled) {
                problems.add(where + "fact " + key + " is readonly but not disabled, so Tasklist submits it back");
            }
            if (disabled) {
                facts.add(key);
            }
            if (CHOICE_TYPES.contains(type)) {
                choiceProblems(where, type, component, problems);
            }
        }
        if (!INTAKE_FORMS.contains(stem)) {
            List<String> required = new ArrayList<>(List.of(CASE_SUBJECT.entrySet().stream()
                    .filter(e -> fileName.startsWith(e.getKey())).map(Map.Entry::getValue).findFirst().orElse("customerName")));
            CASE_REFERENCE.entrySet().stream().filter(e -> fileName.startsWith(e.getKey())).map(Map.Entry::getValue)
                    .findFirst().ifPresentOrElse(required::add, () -> problems.add(fileName
                            + ": no case reference known for this process (add its prefix to FormsTest.CASE_REFERENCE)"));
            for (String fact : required) {
                if (!facts.contains(fact)) {
                    problems.add(fileName + ": shows no fact " + fact + " (a disabled field bound to it)");
                }
            }
        }
        return problems;
    }

    private static void choiceProblems(String where, String type, JsonNode component, List<String> problems) {
        JsonNode values = component.path("values");
        if (component.has("valuesKey") || component.has("valuesExpression") || !values.isArray() || values.isEmpty()) {
            problems.add(where + type + " has no static values (valuesKey or valuesExpression break 7.24 Tasklist)");
            return;
        }
        Set<String> seen = new HashSet<>();
        for (JsonNode value : values) {
            String code = value.path("value").asText("");
            if (!seen.add(code)) {
                problems.add(where + type + " value \"" + code + "\" appears twice");
            }
            if (value.path("label").asText("").isBlank()) {
                problems.add(where + type + " value \"" + code + "\" has no label");
            }
        }
    }

    /** Every component, groups' children included (groups nest). */
    private static void collect(JsonNode components, List<JsonNode> into) {
        for (JsonNode component : components) {
            into.add(component);
            collect(component.path("components"), into);
        }
    }

    static List<Path> formFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".form")).sorted().toList();
        }
    }
}
