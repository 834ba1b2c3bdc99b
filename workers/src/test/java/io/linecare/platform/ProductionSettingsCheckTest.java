package io.linecare.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.mock.env.MockEnvironment;

import io.linecare.LinecareApplication;

class ProductionSettingsCheckTest {

    @Test
    void prodWithoutSettingsNamesEveryMissingVariable() {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles("prod");
        environment.setProperty("spring.datasource.url", "jdbc:postgresql://db/linecare");

        assertThatThrownBy(() -> new ProductionSettingsCheck().postProcessEnvironment(environment, new SpringApplication()))
                .isInstanceOfSatisfying(MissingProductionSettingsException.class, e -> assertThat(e.missingVariables())
                        .containsExactly("LINECARE_DB_USER", "LINECARE_DB_PASSWORD", "LINECARE_ADMIN_USER",
                                "LINECARE_ADMIN_PASSWORD", "LINECARE_WORKER_PASSWORD", "LINECARE_STATUS_LINK_SECRET",
                                "LINECARE_STATUS_BASE_URL"));
    }

    @Test
    void prodWithEverySettingPasses() {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles("prod");
        ProductionSettingsCheck.REQUIRED.keySet().forEach(property -> environment.setProperty(property, "set"));

        assertThatCode(() -> new ProductionSettingsCheck().postProcessEnvironment(environment, new SpringApplication()))
                .doesNotThrowAnyException();
    }

    @Test
    void otherProfilesAreNotChecked() {
        assertThatCode(() -> new ProductionSettingsCheck().postProcessEnvironment(new MockEnvironment(), new SpringApplication()))
                .doesNotThrowAnyException();
    }

    @Test
    void theApplicationRefusesToStartInProdWithOneClearMessage() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(LinecareApplication.class)
                .profiles("prod").properties("linecare.roles=engine").run())
                .isInstanceOf(MissingProductionSettingsException.class);

        FailureAnalysis analysis = new MissingProductionSettingsFailureAnalyzer()
                .analyze(new MissingProductionSettingsException(java.util.List.of("LINECARE_ADMIN_PASSWORD")));
        assertThat(analysis.getDescription()).isEqualTo(
                "Linecare runs with the prod profile but LINECARE_ADMIN_PASSWORD is not set.");
        assertThat(analysis.getAction()).contains("docker/.env.example");
    }
}
