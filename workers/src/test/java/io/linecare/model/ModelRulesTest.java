package io.linecare.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.Test;

/**
 * (a) every deployed model in processes/ obeys the house rules; (b) each rule fires on a model that
 * breaks it and on nothing else; (c) the bpmnlint plugin's bad fixture breaks every rule here too.
 */
class ModelRulesTest {

    /** Maven runs tests in workers/, so the models are one level up. */
    static final Path PROCESSES = Path.of("..", "processes");

    // (a) the real models

    @Test
    void everyModelInProcessesFollowsTheHouseRules() throws IOException {
        List<Path> models = ModelRules.modelFiles(PROCESSES);

        assertThat(models).extracting(p -> p.getFileName().toString()).contains("worker-health-check.bpmn");
        assertThat(ModelRules.checkFolder(PROCESSES)).isEmpty();
    }

    // (b) one negative case per rule, each on an otherwise clean model

    /** A small process that follows every rule: the baseline each negative case breaks once. */
    static BpmnModelInstance clean(Consumer<BpmnModelInstance> breakIt) {
        BpmnModelInstance model = Bpmn.createExecutableProcess("rules-test").name("Rules test")
                .camundaHistoryTimeToLive(7)
                .startEvent("Event_Reported").name("Fault reported")
                .userTask("Task_AgreeVisit").name("Agree visit time")
                    .camundaFormRef("rules-test-agree-visit").camundaFormRefBinding("latest")
                    .camundaCandidateGroups("dispatchers")
                .exclusiveGateway("Gateway_FixedRemotely").name("Fixed remotely?")
                    .condition("yes", "${fixedRemotely}")
                    .serviceTask("Task_CloseTicket").name("Close ticket").camundaExternalTask("repair.close-ticket")
                    .exclusiveGateway("Gateway_Join")
                .moveToNode("Gateway_FixedRemotely")
                    .condition("no", "${!fixedRemotely}")
                    .serviceTask("Task_BookAppointment").name("Book appointment")
                    .camundaExternalTask("workforce.book-appointment")
                    .connectTo("Gateway_Join")
                .endEvent("Event_Resolved").name("Fault resolved")
                .done();
        // the builder names every node after its id; the joining gateway stays unnamed, as house style allows
        model.getModelElementById("Gateway_Join").removeAttribute("name");
        breakIt.accept(model);
        return model;
    }

    static List<String> check(BpmnModelInstance model) {
        return ModelRules.checkBpmn("rules-test.bpmn", model);
    }

    static void assertOnly(BpmnModelInstance model, String element, String message) {
        assertThat(check(model)).singleElement().asString()
                .startsWith("rules-test.bpmn: " + element)
                .contains(message);
    }

    @Test
    void theBaselineIsClean() {
        assertThat(check(clean(m -> { }))).isEmpty();
    }

    @Test
    void serviceTaskMustBeExternal() {
        BpmnModelInstance model = clean(m -> task(m, "Task_BookAppointment").removeAttributeNs(ModelRules.CAMUNDA_NS, "type"));
        assertOnly(model, "Task_BookAppointment (Book appointment)", "service task is not an external task");
    }

    @Test
    void externalTaskNeedsATopic() {
        BpmnModelInstance model = clean(m -> ((ServiceTask) task(m, "Task_BookAppointment")).setCamundaTopic(" "));
        assertOnly(model, "Task_BookAppointment", "service task has no camunda:topic");
    }

    @Test
    void delegateCodeOnATaskIsRejected() {
        BpmnModelInstance model = clean(m -> {
            ServiceTask task = (ServiceTask) task(m, "Task_BookAppointment");
            task.removeAttributeNs(ModelRules.CAMUNDA_NS, "type");
            task.removeAttributeNs(ModelRules.CAMUNDA_NS, "topic");
            task.setCamundaDelegateExpression("${bookingService}");
        });
        assertThat(check(model)).containsExactly(
                "rules-test.bpmn: Task_BookAppointment (Book appointment): service task is not an external task (camunda:type=\"external\")",
                "rules-test.bpmn: Task_BookAppointment (Book appointment): delegate code is not allowed (camunda:delegateExpression on serviceTask)");
    }

    @Test
    void sendAndBusinessRuleTasksWithATypeMustBeExternalWithATopic() {
        String sendTask = """
                <bpmn:sendTask id="Task_SendUpdate" name="Send update" camunda:type="connector"/>""";
        assertThat(checkXml(sendTask)).containsExactly(
                "x.bpmn: Task_SendUpdate (Send update): send task is not an external task (camunda:type=\"external\")");

        String ruleTask = """
                <bpmn:businessRuleTask id="Task_DecideSla" name="Decide SLA" camunda:type="external"/>""";
        assertThat(checkXml(ruleTask)).containsExactly("x.bpmn: Task_DecideSla (Decide SLA): business-rule task has no camunda:topic");

        String dmnTask = """
                <bpmn:businessRuleTask id="Task_DecideSla" name="Decide SLA" camunda:decisionRef="sla-policy"/>""";
        assertThat(checkXml(dmnTask)).isEmpty();
    }

    @Test
    void messageThrowAndEndEventsWithATypeMustBeExternalWithATopic() {
        String throwEvent = """
                <bpmn:intermediateThrowEvent id="Event_CustomerTold" name="Customer told">
                  <bpmn:messageEventDefinition id="MessageDefinition_CustomerTold" camunda:type="external"/>
                </bpmn:intermediateThrowEvent>""";
        assertThat(checkXml(throwEvent)).containsExactly("x.bpmn: Event_CustomerTold (Customer told): message event has no camunda:topic");

        String endEvent = """
                <bpmn:endEvent id="Event_CustomerTold" name="Customer told">
                  <bpmn:messageEventDefinition id="MessageDefinition_CustomerTold" camunda:type="connector"/>
                </bpmn:endEvent>""";
        assertThat(checkXml(endEvent)).containsExactly(
                "x.bpmn: Event_CustomerTold (Customer told): message event is not an external task (camunda:type=\"external\")");

        String externalEvent = """
                <bpmn:endEvent id="Event_CustomerTold" name="Customer told">
                  <bpmn:messageEventDefinition id="MessageDefinition_CustomerTold" camunda:type="external" camunda:topic="communication.send-message"/>
                </bpmn:endEvent>""";
        assertThat(checkXml(externalEvent)).isEmpty();
    }

    @Test
    void userTaskNeedsAFormRef() {
        BpmnModelInstance model = clean(m -> task(m, "Task_AgreeVisit").removeAttributeNs(ModelRules.CAMUNDA_NS, "formRef"));
        assertOnly(model, "Task_AgreeVisit (Agree visit time)", "user task has no camunda:formRef");
    }

    @Test
    void userTaskFormRefBindingMustBeLatest() {
        BpmnModelInstance model = clean(m -> ((UserTask) task(m, "Task_AgreeVisit")).setCamundaFormRefBinding("deployment"));
        assertOnly(model, "Task_AgreeVisit", "camunda:formRefBinding \"deployment\", must be \"latest\"");

        BpmnModelInstance missing = clean(m -> task(m, "Task_AgreeVisit").removeAttributeNs(ModelRules.CAMUNDA_NS, "formRefBinding"));
        assertOnly(missing, "Task_AgreeVisit", "camunda:formRefBinding (none), must be \"latest\"");
    }

    @Test
    void userTaskNeedsCandidateGroups() {
        BpmnModelInstance model = clean(m -> task(m, "Task_AgreeVisit").removeAttributeNs(ModelRules.CAMUNDA_NS, "candidateGroups"));
        assertOnly(model, "Task_AgreeVisit", "user task has no camunda:candidateGroups");
    }

    @Test
    void taskListenerWithDelegateCodeIsRejected() {
        BpmnModelInstance model = clean(m -> { });
        model = Bpmn.readModelFromStream(new ByteArrayInputStream(Bpmn.convertToString(model)
                .replaceFirst("(<userTask[^>]*>)", "$1<extensionElements><camunda:taskListener event=\"create\" class=\"io.x.Assign\"/></extensionElements>")
                .getBytes(StandardCharsets.UTF_8)));
        assertOnly(model, "Task_AgreeVisit", "delegate code is not allowed (class on camunda:taskListener)");
    }

    @Test
    void executableProcessNeedsHistoryTimeToLive() {
        BpmnModelInstance model = clean(m -> m.getModelElementsByType(Process.class).iterator().next()
                .removeAttributeNs(ModelRules.CAMUNDA_NS, "historyTimeToLive"));
        assertOnly(model, "rules-test (Rules test)", "executable process has no camunda:historyTimeToLive");
    }

    @Test
    void scriptTaskIsRejected() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("rules-test").camundaHistoryTimeToLive(7)
                .startEvent("Event_Reported").name("Fault reported")
                .scriptTask("Task_Compute").name("Compute").scriptFormat("groovy").scriptText("1 + 1")
                .endEvent("Event_Done").name("Done")
                .done();
        assertOnly(model, "Task_Compute (Compute)", "script task is not allowed");
    }

    @Test
    void scriptListenersAndScriptParametersAreRejected() {
        String listener = """
                <bpmn:task id="Task_Note" name="Note">
                  <bpmn:extensionElements>
                    <camunda:executionListener event="start"><camunda:script scriptFormat="groovy">1</camunda:script></camunda:executionListener>
                    <camunda:executionListener event="end" expression="${audit.log(execution)}"/>
                    <camunda:inputOutput><camunda:inputParameter name="x"><camunda:script scriptFormat="javascript">2</camunda:script></camunda:inputParameter></camunda:inputOutput>
                  </bpmn:extensionElements>
                </bpmn:task>""";
        assertThat(checkXml(listener)).containsExactly(
                "x.bpmn: Task_Note (Note): script is not allowed (camunda:script in executionListener)",
                "x.bpmn: Task_Note (Note): delegate code is not allowed (expression on camunda:executionListener)",
                "x.bpmn: Task_Note (Note): script is not allowed (camunda:script in inputParameter)");
    }

    @Test
    void scriptConditionIsRejected() {
        BpmnModelInstance model = clean(m -> { });
        String xml = Bpmn.convertToString(model).replaceFirst("<conditionExpression ",
                "<conditionExpression xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:type=\"tFormalExpression\" language=\"groovy\" ");
        List<String> violations = ModelRules.checkBpmn("rules-test.bpmn", new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        assertThat(violations).singleElement().asString().contains("script condition is not allowed (language=\"groovy\")");
    }

    @Test
    void flowNodeNeedsAName() {
        BpmnModelInstance model = clean(m -> task(m, "Task_CloseTicket").removeAttribute("name"));
        assertOnly(model, "Task_CloseTicket", "flow node has no name");

        BpmnModelInstance blankEvent = clean(m -> task(m, "Event_Resolved").setAttributeValue("name", "  "));
        assertOnly(blankEvent, "Event_Resolved", "flow node has no name");
    }

    @Test
    void onlyAJoiningGatewayMayBeUnnamed() {
        // the baseline's Gateway_Join (2 in, 1 out) has no name and passes; the fork may not
        BpmnModelInstance model = clean(m -> task(m, "Gateway_FixedRemotely").removeAttribute("name"));
        assertOnly(model, "Gateway_FixedRemotely", "gateway has no name");
    }

    @Test
    void flowNodeNeedsAShape() {
        BpmnModelInstance model = clean(m -> {
            BpmnShape shape = m.getModelElementsByType(BpmnShape.class).stream()
                    .filter(s -> s.getBpmnElement().getId().equals("Task_CloseTicket")).findFirst().orElseThrow();
            shape.getParentElement().removeChildElement(shape);
        });
        assertOnly(model, "Task_CloseTicket", "flow node has no diagram shape (BPMNShape)");
    }

    @Test
    void sequenceFlowNeedsAnEdge() {
        BpmnModelInstance model = clean(m -> {
            BpmnEdge edge = m.getModelElementsByType(BpmnEdge.class).iterator().next();
            edge.getParentElement().removeChildElement(edge);
        });
        assertThat(check(model)).singleElement().asString().contains("sequence flow has no diagram edge (BPMNEdge)");
    }

    @Test
    void modelerDefaultIdsAreRejected() {
        for (String id : List.of("Activity_0abc123", "Gateway_1x2y3z4", "Event_0qwe123", "StartEvent_1")) {
            BpmnModelInstance model = clean(m -> task(m, "Task_CloseTicket").setId(id));
            assertOnly(model, id + " (Close ticket)", "id is the Modeler's default");
        }
        BpmnModelInstance flow = clean(m -> m.getModelElementsByType(SequenceFlow.class).iterator().next().setId("Flow_0abc123"));
        assertOnly(flow, "Flow_0abc123", "id is the Modeler's default");

        assertThat(ModelRules.MODELER_DEFAULT_ID.matcher("Task_BookAppointment").matches()).isFalse();
        assertThat(ModelRules.MODELER_DEFAULT_ID.matcher("Activity_0ABC123").matches()).isFalse();
    }

    @Test
    void dmnDecisionNeedsHistoryTimeToLiveAndName() {
        String dmn = """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/"
                             xmlns:camunda="http://camunda.org/schema/1.0/dmn"
                             id="Definitions_SlaPolicy" name="SLA policy" namespace="http://linecare.io/dmn">
                  <decision id="sla-policy" name="SLA policy" camunda:historyTimeToLive="P30D">
                    <decisionTable id="Table_SlaPolicy"><output id="Output_Hours" name="hours" typeRef="integer"/></decisionTable>
                  </decision>
                  <decision id="unnamed-policy" name=" ">
                    <decisionTable id="Table_Unnamed"><output id="Output_Other" name="other" typeRef="integer"/></decisionTable>
                  </decision>
                </definitions>
                """;
        assertThat(ModelRules.checkDmn("policies.dmn", new ByteArrayInputStream(dmn.getBytes(StandardCharsets.UTF_8))))
                .containsExactly(
                        "policies.dmn: unnamed-policy: decision has no camunda:historyTimeToLive",
                        "policies.dmn: unnamed-policy: decision has no name");
    }

    @Test
    void unreadableModelIsAViolationNotACrash() {
        assertThat(ModelRules.checkBpmn("broken.bpmn", new ByteArrayInputStream("<not-bpmn/>".getBytes(StandardCharsets.UTF_8))))
                .singleElement().asString().startsWith("broken.bpmn: cannot be read as BPMN");
    }

    // (c) the shared fixture: the Java rules and the bpmnlint plugin agree that it breaks every rule

    @Test
    void theLintPluginsBadFixtureBreaksEveryRule() throws IOException {
        List<String> violations = ModelRules.checkFile(PROCESSES.resolve("bpmnlint-plugin-linecare/test/fixtures/bad.bpmn"));

        assertThat(violations).contains(
                "bad.bpmn: bad-fixture (Bad fixture): executable process has no camunda:historyTimeToLive",
                "bad.bpmn: StartEvent_1 (Start): id is the Modeler's default, give it a meaningful one (e.g. Task_BookAppointment)",
                "bad.bpmn: Activity_0abc123 (Default id): id is the Modeler's default, give it a meaningful one (e.g. Task_BookAppointment)",
                "bad.bpmn: Task_NotExternal (Not external): service task is not an external task (camunda:type=\"external\")",
                "bad.bpmn: Task_NotExternal (Not external): delegate code is not allowed (camunda:class on serviceTask)",
                "bad.bpmn: Task_NoTopic (No topic): service task has no camunda:topic",
                "bad.bpmn: Task_SendInternal (Send internally): send task is not an external task (camunda:type=\"external\")",
                "bad.bpmn: Task_SendInternal (Send internally): delegate code is not allowed (camunda:expression on sendTask)",
                "bad.bpmn: Task_NoForm (No form): user task has no camunda:formRef",
                "bad.bpmn: Task_NoForm (No form): user task has camunda:formRefBinding (none), must be \"latest\"",
                "bad.bpmn: Task_NoForm (No form): user task has no camunda:candidateGroups",
                "bad.bpmn: Task_NoForm (No form): script is not allowed (camunda:script in executionListener)",
                "bad.bpmn: Task_NoForm (No form): delegate code is not allowed (delegateExpression on camunda:taskListener)",
                "bad.bpmn: Task_Script (Run script): script task is not allowed",
                "bad.bpmn: Event_NotifyNoTopic (Notify): message event has no camunda:topic",
                "bad.bpmn: Flow_ScriptCondition: script condition is not allowed (language=\"javascript\")",
                "bad.bpmn: Gateway_Unnamed: gateway has no name (only a joining gateway, >1 in and 1 out, may be unnamed)",
                "bad.bpmn: Task_NoName: flow node has no name",
                "bad.bpmn: Task_NoShape (No shape): flow node has no diagram shape (BPMNShape)",
                "bad.bpmn: Flow_NoEdge: sequence flow has no diagram edge (BPMNEdge)");
        assertThat(violations).hasSize(20);
    }

    // helpers

    private static FlowNode task(BpmnModelInstance model, String id) {
        return model.getModelElementById(id);
    }

    /** Wraps one flow element in a clean executable process with DI for it, and checks it. */
    private static List<String> checkXml(String element) {
        String id = element.replaceFirst("(?s).*?id=\"([^\"]+)\".*", "$1");
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                                  xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"
                                  xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"
                                  xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                                  id="Definitions_X" targetNamespace="http://linecare.io/bpmn">
                  <bpmn:process id="x" name="X" isExecutable="true" camunda:historyTimeToLive="P1D">
                %s
                  </bpmn:process>
                  <bpmndi:BPMNDiagram id="Diagram_X">
                    <bpmndi:BPMNPlane id="Plane_X" bpmnElement="x">
                      <bpmndi:BPMNShape id="Shape_X" bpmnElement="%s"><dc:Bounds x="0" y="0" width="100" height="80"/></bpmndi:BPMNShape>
                    </bpmndi:BPMNPlane>
                  </bpmndi:BPMNDiagram>
                </bpmn:definitions>
                """.formatted(element, id);
        return ModelRules.checkBpmn("x.bpmn", new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
