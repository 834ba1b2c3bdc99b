package io.linecare.platform.roles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

class RoleTest {

    @Test
    void blankMeansEveryRole() {
        assertThat(Role.parse(" ")).isEqualTo(EnumSet.allOf(Role.class));
    }

    @Test
    void parsesAListIgnoringCaseAndSpaces() {
        assertThat(Role.parse(" Engine , web ")).containsExactlyInAnyOrder(Role.ENGINE, Role.WEB);
    }

    @Test
    void unknownRoleIsRejectedWithTheKnownOnes() {
        assertThatThrownBy(() -> Role.parse("engine,wrokers"))
                .hasMessageContaining("'wrokers'")
                .hasMessageContaining("engine, workers, web");
    }

    @Test
    void webWithoutEngineIsRejected() {
        assertThatThrownBy(() -> Role.parse("web,workers")).hasMessageContaining("needs the engine role");
    }

    @Test
    void workerOnlyNodeStartsNoEngineNoRestNoWebapps() {
        MockEnvironment environment = new MockEnvironment().withProperty(Role.PROPERTY, "workers");

        new RolesEnvironmentPostProcessor().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("camunda.bpm.enabled")).isEqualTo("false");
        assertThat(environment.getProperty("spring.autoconfigure.exclude"))
                .contains(RolesEnvironmentPostProcessor.ENGINE_AUTOCONFIG, RolesEnvironmentPostProcessor.REST_AUTOCONFIG,
                        RolesEnvironmentPostProcessor.WEBAPP_AUTOCONFIG)
                .doesNotContain(RolesEnvironmentPostProcessor.CLIENT_AUTOCONFIG);
    }

    @Test
    void engineOnlyNodeOpensNoSubscriptionsAndKeepsOtherExcludes() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty(Role.PROPERTY, "engine,web")
                .withProperty("spring.autoconfigure.exclude", "com.example.Other");

        new RolesEnvironmentPostProcessor().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("spring.autoconfigure.exclude"))
                .isEqualTo("com.example.Other," + RolesEnvironmentPostProcessor.CLIENT_AUTOCONFIG);
        assertThat(environment.getProperty("camunda.bpm.enabled")).isNull();
    }
}
