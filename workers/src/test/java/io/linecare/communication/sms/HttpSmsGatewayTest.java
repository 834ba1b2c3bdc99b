package io.linecare.communication.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.web.client.RestClient;

/** The HTTP gateway against a real local HTTP server. */
class HttpSmsGatewayTest {

    private static final SmsRequest REQUEST = new SmsRequest("+8613800138000", "【Linecare】您好 FR-2026-000123", "FR-2026-000123:Task_Ack:ack");

    private HttpServer server;
    private final BlockingQueue<Recorded> received = new LinkedBlockingQueue<>();
    private volatile Answer answer = new Answer(200, "{\"id\":\"prov-42\"}", 0);
    private final CountDownLatch release = new CountDownLatch(1);

    record Recorded(String method, String path, String authorization, String idempotencyKey, String contentType, String body) {
    }

    record Answer(int status, String body, long delayMillis) {
    }

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/v1/sms", this::handle);
        server.start();
    }

    @AfterEach
    void stopServer() {
        release.countDown();
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        received.add(new Recorded(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                exchange.getRequestHeaders().getFirst("Authorization"), exchange.getRequestHeaders().getFirst("Idempotency-Key"),
                exchange.getRequestHeaders().getFirst("Content-Type"), body));
        Answer a = answer;
        if (a.delayMillis() > 0) {
            try {
                release.await(a.delayMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        byte[] bytes = a.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(a.status(), bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }

    private HttpSmsGateway gateway(Duration readTimeout) {
        URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1/sms");
        return new HttpSmsGateway(RestClient.builder(), new SmsHttpProperties(url, "secret-token", Duration.ofSeconds(1), readTimeout));
    }

    @Test
    void okAnswerGivesTheProvidersIdAndTheRequestCarriesTokenKeyAndJson() throws Exception {
        SmsReceipt receipt = gateway(Duration.ofSeconds(5)).send(REQUEST);

        assertThat(receipt.providerMessageId()).isEqualTo("prov-42");
        Recorded r = received.poll(1, TimeUnit.SECONDS);
        assertThat(r.method()).isEqualTo("POST");
        assertThat(r.path()).isEqualTo("/v1/sms");
        assertThat(r.authorization()).isEqualTo("Bearer secret-token");
        assertThat(r.idempotencyKey()).isEqualTo(REQUEST.idempotencyKey());
        assertThat(r.contentType()).startsWith("application/json");
        JsonNode json = new ObjectMapper().readTree(r.body());
        assertThat(json.get("to").asText()).isEqualTo(REQUEST.to());
        assertThat(json.get("text").asText()).isEqualTo(REQUEST.text());
        assertThat(json.get("reference").asText()).isEqualTo(REQUEST.idempotencyKey());
        assertThat(json.size()).isEqualTo(3);
    }

    @Test
    void acceptedWithoutReadableIdStillCountsAsSent() {
        answer = new Answer(202, "queued", 0);
        assertThat(gateway(Duration.ofSeconds(5)).send(REQUEST).providerMessageId()).isNull();
        answer = new Answer(200, "{\"messageId\":7}", 0);
        assertThat(gateway(Duration.ofSeconds(5)).send(REQUEST).providerMessageId()).isEqualTo("7");
    }

    @Test
    void badRequestIsRejectedAndNotRetryable() {
        answer = new Answer(400, "{\"error\":\"invalid number\"}", 0);

        assertThatThrownBy(() -> gateway(Duration.ofSeconds(5)).send(REQUEST))
                .isInstanceOfSatisfying(SmsRejectedException.class, e -> {
                    assertThat(e.isRetryable()).isFalse();
                    assertThat(e.status()).isEqualTo(400);
                })
                .hasMessageContaining("400")
                .hasMessageContaining("invalid number");
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 502, 503, 429, 408})
    void serverErrorsAndThrottlingAreRetryable(int status) {
        answer = new Answer(status, "{}", 0);

        assertThatThrownBy(() -> gateway(Duration.ofSeconds(5)).send(REQUEST))
                .isInstanceOfSatisfying(SmsTemporaryFailureException.class, e -> assertThat(e.isRetryable()).isTrue())
                .hasMessageContaining(String.valueOf(status));
    }

    @Test
    void timeoutIsRetryable() {
        answer = new Answer(200, "{\"id\":\"late\"}", 5_000);

        long start = System.nanoTime();
        assertThatThrownBy(() -> gateway(Duration.ofMillis(300)).send(REQUEST))
                .isInstanceOfSatisfying(SmsTemporaryFailureException.class, e -> assertThat(e.isRetryable()).isTrue());
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void unreachableProviderIsRetryable() throws IOException {
        int freePort;
        try (ServerSocket socket = new ServerSocket(0)) {
            freePort = socket.getLocalPort();
        }
        HttpSmsGateway gateway = new HttpSmsGateway(RestClient.builder(), new SmsHttpProperties(
                URI.create("http://127.0.0.1:" + freePort + "/v1/sms"), null, Duration.ofMillis(500), Duration.ofMillis(500)));

        assertThatThrownBy(() -> gateway.send(REQUEST)).isInstanceOf(SmsTemporaryFailureException.class);
    }

    @Test
    void missingUrlFailsAtStartWithTheProperty() {
        assertThatThrownBy(() -> new HttpSmsGateway(RestClient.builder(), new SmsHttpProperties(null, null, null, null)))
                .hasMessageContaining("linecare.sms.http.url");
    }
}
