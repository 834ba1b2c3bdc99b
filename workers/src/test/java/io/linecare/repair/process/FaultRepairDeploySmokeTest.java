package io.linecare.repair.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.externalTask;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.linecare.support.ProcessTestEngine;

class FaultRepairDeploySmokeTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessTestEngine.reportingCoverage();

    @Test
    @Deployment(resources = {"processes/fault-repair.bpmn", "processes/sla-policy.dmn", "processes/compensation-policy.dmn"})
    void startsAndDecidesTheSla(ProcessEngine processEngine) {
        init(processEngine);
        ProcessInstance instance = processEngine.getRuntimeService().startProcessInstanceByKey("fault-repair", "FR-2026-000001",
                Map.of("tier", "premium", "serviceType", "broadband", "severity", "major", "bigClient", false));
        assertThat(instance).isWaitingAt("Task_SetPromise");
        System.out.println("SLA " + processEngine.getRuntimeService().getVariableTyped(instance.getId(), "sla", false));
        assertThat(instance).variables().containsKey("sla");
        externalTask();
    }
}
