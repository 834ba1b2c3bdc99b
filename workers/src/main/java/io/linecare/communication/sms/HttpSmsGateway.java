package io.linecare.communication.sms;

import java.net.http.HttpClient;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

/**
 * Sends SMS through an HTTP provider: {@code POST <url>} with {@code Authorization: Bearer <token>},
 * {@code Idempotency-Key: <key>} and the JSON body {@code {"to", "text", "reference"}} (reference = the
 * idempotency key). 2xx → {@link SmsReceipt} with the provider's {@code id} (or {@code messageId}) from the JSON
 * answer, {@code null} if it sent none; 408, 429, 5xx, timeouts and connection failures →
 * {@link SmsTemporaryFailureException}; other 4xx → {@link SmsRejectedException}.
 */
public class HttpSmsGateway implements SmsGateway {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final RestClient restClient;

    public HttpSmsGateway(RestClient.Builder builder, SmsHttpProperties properties) {
        if (properties.url() == null) {
            throw new IllegalStateException("linecare.sms.gateway=http needs linecare.sms.http.url");
        }
        HttpClient httpClient = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(properties.connectTimeout())
                .build();
        JdkClientHttpRequestFactory requestFactory = new JdkClientHttpRequestFactory(httpClient);
        requestFactory.setReadTimeout(properties.readTimeout());
        RestClient.Builder configured = builder.clone()
                .requestFactory(requestFactory)
                .baseUrl(properties.url().toString())
                .defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE);
        if (properties.bearerToken() != null && !properties.bearerToken().isBlank()) {
            configured.defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + properties.bearerToken());
        }
        this.restClient = configured.build();
    }

    @Override
    public SmsReceipt send(SmsRequest request) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("to", request.to());
        body.put("text", request.text());
        body.put("reference", request.idempotencyKey());
        String answer;
        try {
            answer = restClient.post()
                    .header("Idempotency-Key", request.idempotencyKey())
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(body)
                    .retrieve()
                    .body(String.class);
        } catch (RestClientResponseException e) {
            int status = e.getStatusCode().value();
            String what = "SMS provider answered HTTP " + status + " for " + request.idempotencyKey();
            if (status == 408 || status == 429 || e.getStatusCode().is5xxServerError()) {
                throw new SmsTemporaryFailureException(what, e);
            }
            throw new SmsRejectedException(status, what + ": " + excerpt(e.getResponseBodyAsString()), e);
        } catch (ResourceAccessException e) {
            throw new SmsTemporaryFailureException("SMS provider not reachable or too slow for "
                    + request.idempotencyKey() + ": " + e.getMessage(), e);
        }
        return new SmsReceipt(providerId(answer));
    }

    /** The provider took the message (2xx): an answer we cannot read must not make us send it again. */
    private static String providerId(String answer) {
        if (answer == null || answer.isBlank()) {
            return null;
        }
        try {
            JsonNode json = JSON.readTree(answer);
            JsonNode id = json.hasNonNull("id") ? json.get("id") : json.get("messageId");
            return id == null || id.isNull() ? null : id.asText();
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static String excerpt(String body) {
        if (body == null) {
            return "";
        }
        return body.length() <= 200 ? body : body.substring(0, 200) + "…";
    }
}
