package io.linecare.communication.status;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code linecare.status.*}: how status-page links are signed and where they point.
 *
 * @param secret  HMAC key (env LINECARE_STATUS_LINK_SECRET); required in prod, at least 32 characters
 * @param baseUrl the public address customers reach the page on, without a trailing slash
 * @param linkTtl how long a link sent to a customer stays valid
 * @param secretFile outside prod, where a key made on first start is kept when no secret is set,
 *                   so links in messages already sent survive a restart (blank: a key per start)
 */
@ConfigurationProperties("linecare.status")
public record StatusPageProperties(
        String secret,
        @DefaultValue("http://localhost:8080") String baseUrl,
        @DefaultValue("P60D") Duration linkTtl,
        Path secretFile) {
}
