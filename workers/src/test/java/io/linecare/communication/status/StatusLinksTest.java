package io.linecare.communication.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatusLinksTest {

    private static final byte[] SECRET = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8);
    private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");
    private static final String BASE = "https://care.example.cn";

    private final StatusLinks links = links(SECRET, NOW);

    @Test
    void roundTrip() {
        String url = links.urlFor("FR-2026-000123");

        assertThat(url).startsWith(BASE + "/status/");
        assertThat(links.verify(token(url))).contains("FR-2026-000123");
    }

    @Test
    void carriesTheLanguageItWasSentIn() {
        String token = token(links.urlFor("FR-2026-000123", Locale.forLanguageTag("zh-CN")));

        assertThat(links.open(token)).hasValueSatisfying(link -> {
            assertThat(link.caseReference()).isEqualTo("FR-2026-000123");
            assertThat(link.locale()).isEqualTo(Locale.forLanguageTag("zh-CN"));
            assertThat(link.expiresAt()).isEqualTo(NOW.plus(Duration.ofDays(60)));
        });
    }

    @Test
    void tokenIsUrlSafe() {
        assertThat(token(links.urlFor("FR-2026-000123"))).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
    }

    @Test
    void tamperedSignatureIsRejected() {
        String token = token(links.urlFor("FR-2026-000123"));
        int dot = token.indexOf('.');
        char last = token.charAt(dot + 1);
        String tampered = token.substring(0, dot + 1) + (last == 'A' ? 'B' : 'A') + token.substring(dot + 2);

        assertThat(links.verify(tampered)).isEmpty();
    }

    @Test
    void tamperedPayloadIsRejected() {
        String token = token(links.urlFor("FR-2026-000123"));
        String signature = token.substring(token.indexOf('.') + 1);
        String otherCase = Base64.getUrlEncoder().withoutPadding().encodeToString(
                ("FR-2026-000124|" + NOW.plus(Duration.ofDays(60)).getEpochSecond()).getBytes(StandardCharsets.UTF_8));
        String longer = Base64.getUrlEncoder().withoutPadding().encodeToString(
                ("FR-2026-000123|" + NOW.plus(Duration.ofDays(600)).getEpochSecond()).getBytes(StandardCharsets.UTF_8));

        assertThat(links.verify(otherCase + "." + signature)).isEmpty();
        assertThat(links.verify(longer + "." + signature)).isEmpty();
    }

    @Test
    void expiredTokenIsRejected() {
        String token = token(links.urlFor("FR-2026-000123"));

        assertThat(links(SECRET, NOW.plus(Duration.ofDays(60)).minusSeconds(1)).verify(token)).isPresent();
        assertThat(links(SECRET, NOW.plus(Duration.ofDays(60))).verify(token)).isEmpty();
        assertThat(links(SECRET, NOW.plus(Duration.ofDays(61))).verify(token)).isEmpty();
    }

    @Test
    void malformedTokensAreRejected() {
        String good = token(links.urlFor("FR-2026-000123"));

        assertThat(links.verify(null)).isEmpty();
        assertThat(links.verify("")).isEmpty();
        assertThat(links.verify(".")).isEmpty();
        assertThat(links.verify("abc")).isEmpty();
        assertThat(links.verify("abc.")).isEmpty();
        assertThat(links.verify(".abc")).isEmpty();
        assertThat(links.verify(good + ".x")).isEmpty();
        assertThat(links.verify("!!!.???")).isEmpty();
        assertThat(links.verify(good.replace('.', '*'))).isEmpty();
        assertThat(links.verify("a".repeat(10_000) + "." + "b".repeat(10))).isEmpty();
    }

    @Test
    void refusesToSignWhatIsNotACaseReference() {
        StatusLinks sameKey = links(SECRET, NOW);
        // a separator in the reference would let a payload be read differently from how it was meant
        assertThatThrownBy(() -> sameKey.urlFor("FR|2026")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> sameKey.urlFor("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> sameKey.urlFor(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void tokenOfAnotherSecretIsRejected() {
        StatusLinks other = links("another-secret-another-secret-000".getBytes(StandardCharsets.UTF_8), NOW);

        assertThat(other.verify(token(links.urlFor("FR-2026-000123")))).isEmpty();
        assertThat(links.verify(token(other.urlFor("FR-2026-000123")))).isEmpty();
    }

    @Test
    void prodRefusesAMissingOrShortSecret() {
        assertThatThrownBy(() -> StatusLinkSecret.resolve("", true, null))
                .hasMessageContaining("LINECARE_STATUS_LINK_SECRET").hasMessageContaining("not set");
        assertThatThrownBy(() -> StatusLinkSecret.resolve("too-short", true, null))
                .hasMessageContaining("LINECARE_STATUS_LINK_SECRET").hasMessageContaining("shorter than 32");
        assertThat(StatusLinkSecret.resolve("x".repeat(32), true, null)).hasSize(32);
    }

    @Test
    void outsideProdAnEmptySecretBecomesARandomOne() {
        byte[] first = StatusLinkSecret.resolve(null, false, null);
        byte[] second = StatusLinkSecret.resolve("", false, null);

        assertThat(first).hasSize(32).isNotEqualTo(second);
    }

    @Test
    void outsideProdAKeptKeySurvivesARestart(@TempDir Path folder) {
        Path keyFile = folder.resolve("run/status-link.secret");

        byte[] firstStart = StatusLinkSecret.resolve("", false, keyFile);
        byte[] secondStart = StatusLinkSecret.resolve("", false, keyFile);

        assertThat(firstStart).hasSize(32).isEqualTo(secondStart);
        assertThat(StatusLinkSecret.resolve("y".repeat(32), false, keyFile)).isNotEqualTo(firstStart);
    }

    private static StatusLinks links(byte[] secret, Instant now) {
        return new StatusLinks(secret, BASE + "/", Duration.ofDays(60), Clock.fixed(now, ZoneOffset.UTC));
    }

    private static String token(String url) {
        return url.substring(url.lastIndexOf('/') + 1);
    }
}
