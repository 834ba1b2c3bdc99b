package io.linecare.repair;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The promise rules a process owner edits: sla-policy and compensation-policy, evaluated as deployed. */
class PromisePoliciesTest {

    private static final DmnEngine DMN = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    private static DmnDecision slaPolicy;
    private static DmnDecision compensationPolicy;

    @BeforeAll
    static void parse() throws Exception {
        slaPolicy = decision("sla-policy.dmn", "sla-policy");
        compensationPolicy = decision("compensation-policy.dmn", "compensation-policy");
    }

    @ParameterizedTest(name = "{0} {1} {2} big={3} -> respond {4} h, restore {5} h, class {6}, {7}")
    @CsvSource({
            "standard,   broadband, critical, false, 4,  16, C, business",
            "standard,   voip,      critical, false, 4,  12, C, business",
            "standard,   cable-tv,  major,    false, 8,  24, C, business",
            "standard,   broadband, minor,    false, 24, 40, C, business",
            "premium,    broadband, critical, false, 2,  8,  B, business",
            "premium,    voip,      major,    false, 4,  16, B, business",
            "premium,    cable-tv,  minor,    false, 8,  24, B, business",
            "premium,    broadband, critical, true,  1,  4,  A, 24x7",
            "enterprise, broadband, critical, false, 1,  4,  A, 24x7",
            "enterprise, voip,      major,    true,  2,  8,  A, 24x7",
            "enterprise, cable-tv,  minor,    true,  4,  24, A, 24x7",
    })
    void slaPolicyPromisesByTierServiceAndSeverity(String tier, String serviceType, String severity, boolean bigClient,
                                                   int responseHours, int restoreHours, String compensationClass,
                                                   String calendar) {
        DmnDecisionRuleResult result = DMN.evaluateDecisionTable(slaPolicy, Map.of("tier", tier,
                "serviceType", serviceType, "severity", severity, "bigClient", bigClient)).getSingleResult();

        assertThat(((Number) result.get("responseHours")).intValue()).isEqualTo(responseHours);
        assertThat(((Number) result.get("restoreHours")).intValue()).isEqualTo(restoreHours);
        assertThat((String) result.get("compensationClass")).isEqualTo(compensationClass);
        assertThat((String) result.get("calendar")).isEqualTo(calendar);
    }

    @ParameterizedTest(name = "class {0}, {1} h late -> {2} {3} CNY / {4} days")
    @CsvSource({
            "A, 0,    none,        0,   0",
            "A, 0.5,  bill-credit, 100, 0",
            "A, 4,    bill-credit, 200, 0",
            "A, 30,   bill-credit, 500, 0",
            "B, 2,    free-days,   0,   1",
            "B, 24,   free-days,   0,   3",
            "B, 50,   bill-credit, 100, 0",
            "C, -1,   none,        0,   0",
            "C, 1,    free-days,   0,   1",
            "C, 24,   free-days,   0,   2",
            "C, 72,   free-days,   0,   3",
    })
    void compensationGrowsWithLateness(String compensationClass, double hoursLate, String creditType,
                                       double creditAmount, int freeDays) {
        DmnDecisionRuleResult result = DMN.evaluateDecisionTable(compensationPolicy,
                Map.of("compensationClass", compensationClass, "hoursLate", hoursLate)).getSingleResult();

        assertThat((String) result.get("creditType")).isEqualTo(creditType);
        assertThat(((Number) result.get("creditAmount")).doubleValue()).isEqualTo(creditAmount);
        assertThat(((Number) result.get("freeDays")).intValue()).isEqualTo(freeDays);
    }

    private static DmnDecision decision(String file, String key) throws Exception {
        try (InputStream in = Files.newInputStream(Path.of("..", "processes", file))) {
            return DMN.parseDecision(key, in);
        }
    }
}
