package io.linecare.dispute;

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

/** dispute-routing as deployed: who decides, the agent's limit and the goodwill for a missed date. */
class DisputeRoutingTest {

    private static final DmnEngine DMN = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    private static DmnDecision routing;

    @BeforeAll
    static void parse() throws Exception {
        try (InputStream in = Files.newInputStream(Path.of("..", "processes", "dispute-routing.dmn"))) {
            routing = DMN.parseDecision("dispute-routing", in);
        }
    }

    @ParameterizedTest(name = "{0}, {1} earlier, {2}, {3} CNY -> {4} (limit {5}, goodwill {6})")
    @CsvSource({
            "standard,   0, clear-error,    10,   auto-credit,    200, 20",
            "standard,   0, clear-error,    200,  auto-credit,    200, 20",
            "standard,   0, clear-error,    200.01, agent-review, 200, 20",
            "standard,   0, partial-error,  10,   agent-review,   200, 20",
            "standard,   0, no-error-found, 10,   agent-review,   200, 20",
            "standard,   1, clear-error,    10,   auto-credit,    200, 20",
            "standard,   2, clear-error,    10,   manager-review, 200, 20",
            "premium,    0, clear-error,    450,  auto-credit,    500, 50",
            "premium,    0, clear-error,    501,  agent-review,   500, 50",
            "premium,    5, no-error-found, 20,   manager-review, 500, 50",
            "enterprise, 0, clear-error,    5,    manager-review, 0,   100",
    })
    void routesByTierRepeatDisputesCheckAndAmount(String tier, int repeatDisputes, String checkResult, double amount,
                                                  String route, double limit, double goodwill) {
        DmnDecisionRuleResult result = DMN.evaluateDecisionTable(routing, Map.of("tier", tier,
                "repeatDisputes", repeatDisputes, "checkResult", checkResult, "disputedAmount", amount)).getSingleResult();

        assertThat((String) result.get("route")).isEqualTo(route);
        assertThat(((Number) result.get("agentCreditLimit")).doubleValue()).isEqualTo(limit);
        assertThat(((Number) result.get("goodwillAmount")).doubleValue()).isEqualTo(goodwill);
        assertThat((String) result.get("routingReason")).isNotBlank();
    }
}
