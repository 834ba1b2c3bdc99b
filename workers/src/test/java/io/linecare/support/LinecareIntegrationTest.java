package io.linecare.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application on real PostgreSQL with its real workers, on a fixed free port (the
 * external-task client calls the engine over HTTP, so the port must be known before start).
 * All integration tests share this one configuration so Spring caches one context and one engine.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
public abstract class LinecareIntegrationTest {

    protected static final int PORT = freePort();
    protected static final int SMTP_PORT = freePort();
    protected static final String DEMO_PASSWORD = "linecare-demo";

    @DynamicPropertySource
    static void linecareProperties(DynamicPropertyRegistry registry) {
        TestDatabase database = TestDatabase.get();
        registry.add("linecare.database.mode", () -> "external");
        registry.add("spring.datasource.url", database::jdbcUrl);
        registry.add("spring.datasource.username", database::user);
        registry.add("spring.datasource.password", () -> "");
        registry.add("server.port", () -> PORT);
        // the workers' open long-poll would hold a graceful shutdown for its whole timeout
        registry.add("server.shutdown", () -> "immediate");
        registry.add("linecare.demo-data", () -> "true");
        registry.add("linecare.mail.embedded.port", () -> SMTP_PORT);
        // fail fast in tests: a failing task retries after 1 s instead of 10 s
        registry.add("linecare.workers.retry.first-backoff", () -> "1s");
        registry.add("camunda.bpm.client.async-response-timeout", () -> "2000");
        registry.add("linecare.communication.dispatch.first-backoff", () -> "1s");
    }

    protected static String baseUrl() {
        return "http://localhost:" + PORT;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
