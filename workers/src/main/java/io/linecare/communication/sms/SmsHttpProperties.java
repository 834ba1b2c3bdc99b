package io.linecare.communication.sms;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The HTTP SMS provider ({@code linecare.sms.gateway=http}).
 *
 * @param url the endpoint that accepts {@code POST {"to", "text", "reference"}}
 * @param bearerToken sent as {@code Authorization: Bearer ...}; from the environment, never in a file
 * @param connectTimeout default 2 s
 * @param readTimeout default 10 s
 */
@ConfigurationProperties("linecare.sms.http")
public record SmsHttpProperties(URI url, String bearerToken, Duration connectTimeout, Duration readTimeout) {

    public SmsHttpProperties {
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(2) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(10) : readTimeout;
    }

    @Override
    public String toString() {
        return "SmsHttpProperties[url=" + url + ", bearerToken=" + (bearerToken == null ? "none" : "***")
                + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout + "]";
    }
}
