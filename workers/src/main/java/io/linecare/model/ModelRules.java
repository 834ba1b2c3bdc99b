package io.linecare.model;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.IntermediateThrowEvent;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SendTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.ThrowEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.xml.instance.DomElement;

/**
 * Linecare's house rules for BPMN and DMN models, on Camunda's model API (Java only, no engine).
 * Each violation is one readable line: {@code "fault-repair.bpmn: Task_X (Book appointment): service
 * task is not an external task"}. The same BPMN rules exist as the bpmnlint plugin in
 * processes/bpmnlint-plugin-linecare, so process owners see them in their tools; keep both in step.
 */
public final class ModelRules {

    public static final String BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    public static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";
    /** Camunda still reads the old activiti namespace; delegate code there counts as well. */
    public static final String ACTIVITI_NS = "http://activiti.org/bpmn";

    /** Ids the Modeler generates: Activity_0abc123, Gateway_1x2y3z4, Flow_0qwe123 ... and StartEvent_1. */
    public static final Pattern MODELER_DEFAULT_ID =
            Pattern.compile("^(Activity|Gateway|Event|Flow|StartEvent|EndEvent|Task)_[0-9a-z]{7}$|^StartEvent_1$");

    private static final List<String> DELEGATE_ATTRIBUTES =
            List.of("class", "delegateExpression", "expression", "variableMappingClass", "variableMappingDelegateExpression");

    private ModelRules() {
    }

    /** Checks every *.bpmn and *.dmn below {@code folder}, skipping node_modules and the lint plugin's fixtures. */
    public static List<String> checkFolder(Path folder) throws IOException {
        List<String> violations = new ArrayList<>();
        for (Path file : modelFiles(folder)) {
            violations.addAll(checkFile(file));
        }
        return violations;
    }

    /** The *.bpmn and *.dmn files below {@code folder} that are deployed models (not lint fixtures, not node_modules). */
    public static List<Path> modelFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> f.toString().endsWith(".bpmn") || f.toString().endsWith(".dmn"))
                    .filter(f -> !folder.relativize(f).startsWith("node_modules"))
                    .filter(f -> !folder.relativize(f).startsWith("bpmnlint-plugin-linecare"))
                    .sorted()
                    .toList();
        }
    }

    public static List<String> checkFile(Path file) throws IOException {
        String name = file.getFileName().toString();
        try (InputStream in = Files.newInputStream(file)) {
            return name.endsWith(".dmn") ? checkDmn(name, in) : checkBpmn(name, in);
        }
    }

    public static List<String> checkBpmn(String fileName, InputStream in) {
        BpmnModelInstance model;
        try {
            model = Bpmn.readModelFromStream(in);
        } catch (RuntimeException unreadable) {
            return List.of(fileName + ": cannot be read as BPMN: " + rootCause(unreadable));
        }
        return checkBpmn(fileName, model);
    }

    public static List<String> checkDmn(String fileName, InputStream in) {
        DmnModelInstance model;
        try {
            model = Dmn.readModelFromStream(in);
        } catch (RuntimeException unreadable) {
            return List.of(fileName + ": cannot be read as DMN: " + rootCause(unreadable));
        }
        return checkDmn(fileName, model);
    }

    public static List<String> checkDmn(String fileName, DmnModelInstance model) {
        List<String> violations = new ArrayList<>();
        for (Decision decision : model.getModelElementsByType(Decision.class)) {
            String where = fileName + ": " + label(decision.getId(), decision.getName()) + ": ";
            if (isBlank(decision.getCamundaHistoryTimeToLiveString())) {
                violations.add(where + "decision has no camunda:historyTimeToLive");
            }
            if (isBlank(decision.getName())) {
                violations.add(where + "decision has no name");
            }
        }
        return violations;
    }

    public static List<String> checkBpmn(String fileName, BpmnModelInstance model) {
        Report report = new Report(fileName);
        externalTasks(model, report);
        userTasks(model, report);
        historyTimeToLive(model, report);
        noScriptsNoDelegateCode(model.getDocument().getRootElement(), null, report);
        names(model, report);
        diagram(model, report);
        meaningfulIds(model, report);
        return report.violations;
    }

    // rule: every service task (and send task, business-rule task / message throw event with camunda:type) is external
    private static void externalTasks(BpmnModelInstance model, Report report) {
        for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
            external(task, "service task", task.getCamundaType(), task.getCamundaTopic(), report);
        }
        for (SendTask task : model.getModelElementsByType(SendTask.class)) {
            // Camunda needs an implementation on a send task, and external is the only one we allow
            external(task, "send task", task.getCamundaType(), task.getCamundaTopic(), report);
        }
        for (BusinessRuleTask task : model.getModelElementsByType(BusinessRuleTask.class)) {
            if (task.getCamundaType() != null) {
                external(task, "business-rule task", task.getCamundaType(), task.getCamundaTopic(), report);
            } else if (isBlank(task.getCamundaDecisionRef()) && !hasDelegateCode(task.getDomElement())) {
                report.add(task, "business-rule task has neither camunda:decisionRef nor an external topic");
            }
        }
        List<ThrowEvent> throwEvents = new ArrayList<>();
        throwEvents.addAll(model.getModelElementsByType(IntermediateThrowEvent.class));
        throwEvents.addAll(model.getModelElementsByType(EndEvent.class));
        for (ThrowEvent event : throwEvents) {
            for (MessageEventDefinition message : event.getChildElementsByType(MessageEventDefinition.class)) {
                if (message.getCamundaType() != null) {
                    external(event, "message event", message.getCamundaType(), message.getCamundaTopic(), report);
                }
            }
        }
    }

    private static void external(BaseElement element, String kind, String type, String topic, Report report) {
        if (!"external".equals(type)) {
            report.add(element, kind + " is not an external task (camunda:type=\"external\")");
        } else if (isBlank(topic)) {
            report.add(element, kind + " has no camunda:topic");
        }
    }

    // rule: user tasks have a Camunda Form (binding latest) and candidate groups
    private static void userTasks(BpmnModelInstance model, Report report) {
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            if (isBlank(task.getCamundaFormRef())) {
                report.add(task, "user task has no camunda:formRef");
            }
            if (!"latest".equals(task.getCamundaFormRefBinding())) {
                report.add(task, "user task has camunda:formRefBinding " + quoted(task.getCamundaFormRefBinding())
                        + ", must be \"latest\"");
            }
            if (isBlank(task.getCamundaCandidateGroups())) {
                report.add(task, "user task has no camunda:candidateGroups");
            }
        }
    }

    // rule: every executable process sets historyTimeToLive
    private static void historyTimeToLive(BpmnModelInstance model, Report report) {
        for (Process process : model.getModelElementsByType(Process.class)) {
            if (process.isExecutable() && isBlank(process.getCamundaHistoryTimeToLiveString())) {
                report.add(process, "executable process has no camunda:historyTimeToLive");
            }
        }
    }

    // rules: no scripts anywhere, no delegate code (class / delegateExpression / expression) on tasks or listeners
    private static void noScriptsNoDelegateCode(DomElement element, DomElement owner, Report report) {
        String ns = element.getNamespaceURI();
        String local = element.getLocalName();
        boolean bpmn = BPMN_NS.equals(ns);
        boolean camunda = CAMUNDA_NS.equals(ns) || ACTIVITI_NS.equals(ns);
        if (bpmn && element.hasAttribute("id")) {
            owner = element;
        }
        if (bpmn && "scriptTask".equals(local)) {
            report.add(owner, "script task is not allowed");
        }
        if (camunda && "script".equals(local)) {
            String parent = element.getParentElement() == null ? "" : element.getParentElement().getLocalName();
            report.add(owner, "script is not allowed (camunda:script in " + parent + ")");
        }
        if (bpmn && "conditionExpression".equals(local) && !isBlank(element.getAttribute("language"))) {
            report.add(owner, "script condition is not allowed (language=" + quoted(element.getAttribute("language")) + ")");
        }
        if (bpmn) {
            for (String attribute : DELEGATE_ATTRIBUTES) {
                if (camundaAttribute(element, attribute) != null) {
                    report.add(owner, "delegate code is not allowed (camunda:" + attribute + " on " + local + ")");
                }
            }
        }
        if (camunda && ("executionListener".equals(local) || "taskListener".equals(local))) {
            // listener attributes are not namespaced: <camunda:taskListener class="..."/>
            for (String attribute : List.of("class", "delegateExpression", "expression")) {
                if (element.hasAttribute(attribute)) {
                    report.add(owner, "delegate code is not allowed (" + attribute + " on camunda:" + local + ")");
                }
            }
        }
        if ("BPMNDiagram".equals(local)) {
            return;
        }
        for (DomElement child : element.getChildElements()) {
            noScriptsNoDelegateCode(child, owner, report);
        }
    }

    private static boolean hasDelegateCode(DomElement element) {
        return DELEGATE_ATTRIBUTES.stream().anyMatch(a -> camundaAttribute(element, a) != null);
    }

    private static String camundaAttribute(DomElement element, String name) {
        if (element.hasAttribute(CAMUNDA_NS, name)) {
            return element.getAttribute(CAMUNDA_NS, name);
        }
        return element.hasAttribute(ACTIVITI_NS, name) ? element.getAttribute(ACTIVITI_NS, name) : null;
    }

    // rule: every flow node has a name, except a joining gateway (>1 incoming, exactly 1 outgoing)
    private static void names(BpmnModelInstance model, Report report) {
        Map<String, Integer> incoming = new HashMap<>();
        Map<String, Integer> outgoing = new HashMap<>();
        for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
            if (flow.getTarget() != null) {
                incoming.merge(flow.getTarget().getId(), 1, Integer::sum);
            }
            if (flow.getSource() != null) {
                outgoing.merge(flow.getSource().getId(), 1, Integer::sum);
            }
        }
        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            if (!isBlank(node.getName())) {
                continue;
            }
            boolean joining = incoming.getOrDefault(node.getId(), 0) > 1 && outgoing.getOrDefault(node.getId(), 0) == 1;
            if (node instanceof Gateway && joining) {
                continue;
            }
            report.add(node, node instanceof Gateway
                    ? "gateway has no name (only a joining gateway, >1 in and 1 out, may be unnamed)"
                    : "flow node has no name");
        }
    }

    // rule: every flow node has a BPMNShape, every sequence flow a BPMNEdge
    private static void diagram(BpmnModelInstance model, Report report) {
        Set<String> shapes = new HashSet<>();
        for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
            if (shape.getBpmnElement() != null) {
                shapes.add(shape.getBpmnElement().getId());
            }
        }
        Set<String> edges = new HashSet<>();
        for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
            if (edge.getBpmnElement() != null) {
                edges.add(edge.getBpmnElement().getId());
            }
        }
        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            if (!shapes.contains(node.getId())) {
                report.add(node, "flow node has no diagram shape (BPMNShape)");
            }
        }
        for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
            if (!edges.contains(flow.getId())) {
                report.add(flow, "sequence flow has no diagram edge (BPMNEdge)");
            }
        }
    }

    // rule: ids are meaningful, not the Modeler's generated ones
    private static void meaningfulIds(BpmnModelInstance model, Report report) {
        for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
            String id = element.getId();
            if (id != null && MODELER_DEFAULT_ID.matcher(id).matches()) {
                report.add(element, "id is the Modeler's default, give it a meaningful one (e.g. Task_BookAppointment)");
            }
        }
    }

    private static final class Report {
        private final String fileName;
        private final List<String> violations = new ArrayList<>();

        Report(String fileName) {
            this.fileName = fileName;
        }

        void add(BaseElement element, String message) {
            add(element.getDomElement(), message);
        }

        void add(DomElement element, String message) {
            String where = element == null ? "(definitions)"
                    : label(element.getAttribute("id"), element.getAttribute("name"));
            violations.add(fileName + ": " + where + ": " + message);
        }
    }

    private static String label(String id, String name) {
        String shownId = isBlank(id) ? "(no id)" : id;
        return isBlank(name) ? shownId : shownId + " (" + name.strip().replaceAll("\\s+", " ") + ")";
    }

    private static String rootCause(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause == error ? String.valueOf(error.getMessage()) : error.getMessage() + " (" + cause.getMessage() + ")";
    }

    private static String quoted(String value) {
        return value == null ? "(none)" : "\"" + value + "\"";
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
