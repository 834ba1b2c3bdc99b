package io.linecare.support;

import org.springframework.http.HttpHeaders;
import org.springframework.web.client.RestClient;

/** REST clients for tests that assert on status codes: 4xx/5xx are answers here, not exceptions. */
public final class Http {

    private Http() {
    }

    public static RestClient anonymous(String baseUrl) {
        return builder(baseUrl).build();
    }

    public static RestClient as(String baseUrl, String user, String password) {
        return builder(baseUrl)
                .defaultHeaders(headers -> headers.setBasicAuth(user, password))
                .build();
    }

    private static RestClient.Builder builder(String baseUrl) {
        return RestClient.builder()
                .baseUrl(baseUrl)
                .defaultHeader(HttpHeaders.ACCEPT, "application/json")
                .defaultStatusHandler(status -> true, (request, response) -> { });
    }
}
