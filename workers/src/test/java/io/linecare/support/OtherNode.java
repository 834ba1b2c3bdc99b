package io.linecare.support;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import io.linecare.LinecareApplication;

/**
 * Starts a further Linecare node in the test JVM, on the same test database, as an operator would:
 * with command-line arguments (which outrank application.yaml). Close it when done.
 */
public final class OtherNode {

    private OtherNode() {
    }

    public static ConfigurableApplicationContext start(String workerPassword, String... arguments) {
        TestDatabase database = TestDatabase.get();
        List<String> args = new ArrayList<>(List.of(
                "--linecare.database.mode=external",
                "--spring.datasource.url=" + database.jdbcUrl(),
                "--spring.datasource.username=" + database.user(),
                "--spring.datasource.password=",
                "--server.port=0",
                "--linecare.mail.embedded.enabled=false",
                "--linecare.worker.password=" + workerPassword));
        args.addAll(List.of(arguments));
        return new SpringApplicationBuilder(LinecareApplication.class).run(args.toArray(String[]::new));
    }
}
