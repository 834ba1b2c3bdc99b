package io.linecare.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.camunda.bpm.client.spring.annotation.ExternalTaskSubscription;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputOutput;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.linecare.platform.externaltask.Topics;

/**
 * The models and the code agree: every topic in a process has exactly one handler, every handler and
 * every {@link Topics} constant is used, every formRef, message template and decisionRef resolves.
 * Works on the source folders (../processes, ../forms, ../templates), so it runs without an engine.
 */
class ModelConsistencyTest {

    static final Path PROCESSES = Path.of("..", "processes");
    static final Path FORMS = Path.of("..", "forms");
    static final Path TEMPLATES = Path.of("..", "templates");

    static final String SEND_MESSAGE_TOPIC = "communication.send-message";
    static final String MESSAGE_TYPE_PARAMETER = "messageType";
    static final List<String> LOCALES = List.of("zh-CN", "en");
    static final List<String> CHANNELS = List.of("email", "sms");

    // the real project

    @Test
    void everyProcessTopicHasExactlyOneHandlerAndEveryHandlerIsUsed() throws IOException {
        Map<String, List<String>> handlers = handlerTopics();
        assertThat(handlers).as("handlers found by scanning io.linecare").isNotEmpty();

        assertThat(topicProblems(Facts.of(PROCESSES), handlers)).isEmpty();
    }

    @Test
    void everyTopicsConstantHasAHandlerAndEveryHandlerUsesAConstant() {
        assertThat(constantProblems(topicConstants(), handlerTopics())).isEmpty();
    }

    @Test
    void everyFormRefResolvesToAFormWithThatId() throws IOException {
        assertThat(formProblems(Facts.of(PROCESSES), FORMS)).isEmpty();
    }

    @Test
    void everyMessageTypeHasEmailAndSmsTemplatesInEveryLocale() throws IOException {
        Facts facts = Facts.of(PROCESSES);
        assertThat(facts.problems).isEmpty();
        assertThat(templateProblems(facts, TEMPLATES)).isEmpty();
    }

    @Test
    void everyDecisionRefIsDeployedAsDmn() throws IOException {
        assertThat(decisionProblems(Facts.of(PROCESSES), PROCESSES)).isEmpty();
    }

    // the checks have teeth: a broken little project makes each one fail

    @Test
    void brokenProjectFailsEveryCheck(@TempDir Path root) throws IOException {
        Path processes = Files.createDirectories(root.resolve("processes"));
        Path forms = Files.createDirectories(root.resolve("forms"));
        Path templates = Files.createDirectories(root.resolve("templates"));
        BpmnModelInstance model = Bpmn.createExecutableProcess("broken").camundaHistoryTimeToLive(7)
                .startEvent("Event_Start").name("Start")
                .userTask("Task_Agree").name("Agree").camundaFormRef("broken-agree").camundaFormRefBinding("latest")
                    .camundaCandidateGroups("dispatchers")
                .userTask("Task_Confirm").name("Confirm").camundaFormRef("broken-confirm").camundaFormRefBinding("latest")
                    .camundaCandidateGroups("dispatchers")
                .serviceTask("Task_Book").name("Book").camundaExternalTask("workforce.book-appointment")
                .serviceTask("Task_Unhandled").name("Unhandled").camundaExternalTask("workforce.cancel-appointment")
                .serviceTask("Task_Tell").name("Tell").camundaExternalTask(SEND_MESSAGE_TOPIC)
                    .camundaInputParameter(MESSAGE_TYPE_PARAMETER, "appointment-confirmed")
                .serviceTask("Task_TellAgain").name("Tell again").camundaExternalTask(SEND_MESSAGE_TOPIC)
                    .camundaInputParameter(MESSAGE_TYPE_PARAMETER, "${messageType}")
                .businessRuleTask("Task_DecideSla").name("Decide SLA").camundaDecisionRef("sla-policy")
                .endEvent("Event_End").name("End")
                .done();
        Bpmn.writeModelToFile(processes.resolve("broken.bpmn").toFile(), model);
        Files.writeString(forms.resolve("broken-confirm.form"), "{\"id\": \"something-else\", \"components\": []}");
        Files.createDirectories(templates.resolve("email"));
        Files.writeString(templates.resolve("email/appointment-confirmed.en.vm"), "Hello");
        Files.writeString(templates.resolve("email/appointment-confirmed.subject.zh-CN.vm"), "您好");

        Files.createDirectories(processes.resolve("element-templates"));
        Files.writeString(processes.resolve("element-templates/offer.json"), """
                [{"id": "io.example.offer", "properties": [
                  {"type": "Hidden", "value": "billing.hold-amount", "binding": {"type": "property", "name": "camunda:topic"}},
                  {"type": "Dropdown", "choices": [{"name": "x", "value": "dispute-decision"}],
                   "binding": {"type": "camunda:inputParameter", "name": "messageType"}}]}]""");

        Facts facts = Facts.of(processes);
        Map<String, List<String>> handlers = Map.of(
                "workforce.book-appointment", List.of("BookAppointmentHandler", "BookAppointmentAgainHandler"),
                SEND_MESSAGE_TOPIC, List.of("SendMessageHandler"),
                "billing.apply-credit", List.of("ApplyCreditHandler"));

        assertThat(topicProblems(facts, handlers)).containsExactlyInAnyOrder(
                "topic workforce.book-appointment (broken.bpmn: Task_Book) has 2 handlers: [BookAppointmentHandler, BookAppointmentAgainHandler]",
                "topic workforce.cancel-appointment (broken.bpmn: Task_Unhandled) has no handler",
                "topic billing.hold-amount (element-templates/offer.json: io.example.offer) has no handler",
                "handler ApplyCreditHandler subscribes to billing.apply-credit, which no process uses");
        assertThat(constantProblems(Set.of("workforce.book-appointment", "network.run-diagnostics"), handlers))
                .containsExactlyInAnyOrder(
                        "Topics constant network.run-diagnostics has no handler",
                        "handler SendMessageHandler subscribes to communication.send-message, which is not a Topics constant",
                        "handler ApplyCreditHandler subscribes to billing.apply-credit, which is not a Topics constant");
        assertThat(formProblems(facts, forms)).containsExactlyInAnyOrder(
                "formRef broken-agree (broken.bpmn: Task_Agree) has no form file forms/broken-agree.form",
                "formRef broken-confirm (broken.bpmn: Task_Confirm): forms/broken-confirm.form has id \"something-else\"");
        assertThat(facts.problems).containsExactly(
                "broken.bpmn: Task_TellAgain sends a message but its messageType is not a literal: ${messageType}");
        assertThat(templateProblems(facts, templates)).containsExactlyInAnyOrder(
                "messageType appointment-confirmed (broken.bpmn: Task_Tell) has no template templates/sms/appointment-confirmed.*.zh-CN.vm",
                "messageType appointment-confirmed (broken.bpmn: Task_Tell) has no template templates/sms/appointment-confirmed.*.en.vm",
                "messageType dispute-decision (element-templates/offer.json: io.example.offer) has no template templates/email/dispute-decision.*.zh-CN.vm",
                "messageType dispute-decision (element-templates/offer.json: io.example.offer) has no template templates/email/dispute-decision.*.en.vm",
                "messageType dispute-decision (element-templates/offer.json: io.example.offer) has no template templates/sms/dispute-decision.*.zh-CN.vm",
                "messageType dispute-decision (element-templates/offer.json: io.example.offer) has no template templates/sms/dispute-decision.*.en.vm");
        assertThat(decisionProblems(facts, processes)).containsExactly(
                "decisionRef sla-policy (broken.bpmn: Task_DecideSla) is not a decision in processes/*.dmn");
    }

    // the checks

    static List<String> topicProblems(Facts facts, Map<String, List<String>> handlers) {
        List<String> problems = new ArrayList<>();
        facts.topics.forEach((topic, usedAt) -> {
            List<String> subscribed = handlers.getOrDefault(topic, List.of());
            if (subscribed.size() != 1) {
                problems.add("topic " + topic + " (" + String.join(", ", usedAt) + ") has "
                        + (subscribed.isEmpty() ? "no handler" : subscribed.size() + " handlers: " + subscribed));
            }
        });
        handlers.forEach((topic, classes) -> {
            if (!facts.topics.containsKey(topic)) {
                classes.forEach(c -> problems.add("handler " + c + " subscribes to " + topic + ", which no process uses"));
            }
        });
        return problems;
    }

    static List<String> constantProblems(Set<String> constants, Map<String, List<String>> handlers) {
        List<String> problems = new ArrayList<>();
        new TreeSet<>(constants).stream().filter(c -> !handlers.containsKey(c))
                .forEach(c -> problems.add("Topics constant " + c + " has no handler"));
        handlers.forEach((topic, classes) -> {
            if (!constants.contains(topic)) {
                classes.forEach(c -> problems.add("handler " + c + " subscribes to " + topic + ", which is not a Topics constant"));
            }
        });
        return problems;
    }

    static List<String> formProblems(Facts facts, Path forms) throws IOException {
        List<String> problems = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (Map.Entry<String, List<String>> ref : facts.formRefs.entrySet()) {
            String where = "formRef " + ref.getKey() + " (" + String.join(", ", ref.getValue()) + ")";
            Path form = forms.resolve(ref.getKey() + ".form");
            if (!Files.isRegularFile(form)) {
                problems.add(where + " has no form file forms/" + form.getFileName());
                continue;
            }
            JsonNode id = json.readTree(form.toFile()).get("id");
            if (id == null || !ref.getKey().equals(id.asText())) {
                problems.add(where + ": forms/" + form.getFileName() + " has id " + (id == null ? "(none)" : "\"" + id.asText() + "\""));
            }
        }
        return problems;
    }

    static List<String> templateProblems(Facts facts, Path templates) throws IOException {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, List<String>> type : facts.messageTypes.entrySet()) {
            for (String channel : CHANNELS) {
                List<String> names = fileNames(templates.resolve(channel));
                for (String locale : LOCALES) {
                    boolean found = names.stream().anyMatch(n -> n.startsWith(type.getKey() + ".") && n.endsWith("." + locale + ".vm"));
                    if (!found) {
                        problems.add("messageType " + type.getKey() + " (" + String.join(", ", type.getValue()) + ") has no template templates/"
                                + channel + "/" + type.getKey() + ".*." + locale + ".vm");
                    }
                }
            }
        }
        return problems;
    }

    static List<String> decisionProblems(Facts facts, Path processes) throws IOException {
        Set<String> decisions = new TreeSet<>();
        for (Path dmn : topLevel(processes, ".dmn")) {
            try (InputStream in = Files.newInputStream(dmn)) {
                Dmn.readModelFromStream(in).getModelElementsByType(Decision.class).forEach(d -> decisions.add(d.getId()));
            }
        }
        List<String> problems = new ArrayList<>();
        facts.decisionRefs.forEach((ref, usedAt) -> {
            if (!decisions.contains(ref)) {
                problems.add("decisionRef " + ref + " (" + String.join(", ", usedAt) + ") is not a decision in processes/*.dmn");
            }
        });
        return problems;
    }

    // what the code declares

    /** topic → handler classes, from every class under io.linecare annotated with @ExternalTaskSubscription. */
    static Map<String, List<String>> handlerTopics() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(ExternalTaskSubscription.class));
        Map<String, List<String>> topics = new TreeMap<>();
        for (BeanDefinition bean : scanner.findCandidateComponents("io.linecare")) {
            String topic = ((AnnotatedBeanDefinition) bean).getMetadata().getAnnotations()
                    .get(ExternalTaskSubscription.class).getString("topicName");
            String className = bean.getBeanClassName();
            topics.computeIfAbsent(topic, t -> new ArrayList<>()).add(className.substring(className.lastIndexOf('.') + 1));
        }
        return topics;
    }

    static Set<String> topicConstants() {
        Set<String> constants = new TreeSet<>();
        for (Field field : Topics.class.getDeclaredFields()) {
            int modifiers = field.getModifiers();
            if (Modifier.isPublic(modifiers) && Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers) && field.getType() == String.class) {
                try {
                    constants.add((String) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return constants;
    }

    // what the models refer to

    /** Topics, formRefs, message types and decisionRefs found in processes/*.bpmn, each with where it is used. */
    record Facts(Map<String, List<String>> topics, Map<String, List<String>> formRefs, Map<String, List<String>> messageTypes,
                 Map<String, List<String>> decisionRefs, List<String> problems) {

        static Facts of(Path processes) throws IOException {
            Facts facts = new Facts(new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), new ArrayList<>());
            for (Path file : topLevel(processes, ".bpmn")) {
                try (InputStream in = Files.newInputStream(file)) {
                    facts.read(file.getFileName().toString(), Bpmn.readModelFromStream(in));
                }
            }
            for (Path file : topLevel(processes.resolve("element-templates"), ".json")) {
                facts.readElementTemplates("element-templates/" + file.getFileName(), new ObjectMapper().readTree(file.toFile()));
            }
            return facts;
        }

        /**
         * Modeler element templates offer a topic to process owners (e.g. "Send customer message"): the
         * topic counts as used, and every message a template's dropdown offers must have its templates.
         */
        private void readElementTemplates(String file, JsonNode templates) {
            for (JsonNode template : templates) {
                String where = file + ": " + template.path("id").asText();
                for (JsonNode property : template.path("properties")) {
                    JsonNode binding = property.path("binding");
                    if ("camunda:topic".equals(binding.path("name").asText())) {
                        add(topics, property.path("value").asText(null), where);
                    }
                    if ("camunda:inputParameter".equals(binding.path("type").asText())
                            && MESSAGE_TYPE_PARAMETER.equals(binding.path("name").asText())) {
                        property.path("choices").forEach(choice -> add(messageTypes, choice.path("value").asText(null), where));
                    }
                }
            }
        }

        private void read(String file, BpmnModelInstance model) {
            for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
                String where = file + ": " + owner(element).getId();
                add(topics, camunda(element, "topic"), where);
                add(formRefs, camunda(element, "formRef"), where);
            }
            for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
                if (SEND_MESSAGE_TOPIC.equals(topicOf(node))) {
                    messageType(file, node);
                }
            }
            for (BusinessRuleTask task : model.getModelElementsByType(BusinessRuleTask.class)) {
                String ref = task.getCamundaDecisionRef();
                if (ref != null && (ref.contains("${") || ref.contains("#{"))) {
                    problems.add(file + ": " + task.getId() + " has a decisionRef expression that cannot be checked: " + ref);
                } else {
                    add(decisionRefs, ref, file + ": " + task.getId());
                }
            }
        }

        /** The convention: a send-message task carries a literal input parameter messageType. */
        private void messageType(String file, FlowNode node) {
            List<CamundaInputParameter> parameters = node.getExtensionElements() == null ? List.of()
                    : node.getExtensionElements().getElementsQuery().filterByType(CamundaInputOutput.class).list().stream()
                            .flatMap(io -> io.getCamundaInputParameters().stream()).toList();
            List<CamundaInputParameter> messageTypes = parameters.stream()
                    .filter(p -> MESSAGE_TYPE_PARAMETER.equals(p.getCamundaName())).toList();
            if (messageTypes.isEmpty()) {
                problems.add(file + ": " + node.getId() + " sends a message but has no input parameter " + MESSAGE_TYPE_PARAMETER);
                return;
            }
            CamundaInputParameter parameter = messageTypes.get(0);
            String value = parameter.getTextContent() == null ? "" : parameter.getTextContent().strip();
            boolean literal = parameter.getDomElement().getChildElements().isEmpty()
                    && !value.isEmpty() && !value.contains("${") && !value.contains("#{");
            if (!literal) {
                problems.add(file + ": " + node.getId() + " sends a message but its messageType is not a literal: " + value);
                return;
            }
            add(messageTypes(), value, file + ": " + node.getId());
        }

        private static String topicOf(FlowNode node) {
            String topic = camunda(node, "topic");
            if (topic != null) {
                return topic;
            }
            return node.getChildElementsByType(MessageEventDefinition.class).stream()
                    .map(MessageEventDefinition::getCamundaTopic).filter(t -> t != null).findFirst().orElse(null);
        }

        /** A message event definition's topic is reported at its event. */
        private static BaseElement owner(BaseElement element) {
            return element instanceof MessageEventDefinition && element.getParentElement() instanceof BaseElement parent
                    ? parent : element;
        }

        private static String camunda(BaseElement element, String attribute) {
            String value = element.getAttributeValueNs(ModelRules.CAMUNDA_NS, attribute);
            return value == null || value.isBlank() ? null : value.strip();
        }

        private static void add(Map<String, List<String>> map, String key, String where) {
            if (key != null) {
                map.computeIfAbsent(key, k -> new ArrayList<>()).add(where);
            }
        }
    }

    private static List<Path> topLevel(Path folder, String extension) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(extension)).sorted().toList();
        }
    }

    private static List<String> fileNames(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).toList();
        }
    }
}
