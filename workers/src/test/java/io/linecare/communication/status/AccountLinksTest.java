package io.linecare.communication.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** Account links: signed like the case links with the same key, and never mistaken for one. */
class AccountLinksTest {

    private static final byte[] SECRET = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8);
    private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");
    private static final Duration TTL = Duration.ofDays(60);
    private static final String BASE = "https://care.example.cn";

    private final AccountLinks accounts = accounts(SECRET, NOW);
    private final StatusLinks cases = new StatusLinks(SECRET, BASE, TTL, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void roundTripWithLanguageAndExpiry() {
        AccountLinks.AccountLink link = accounts.linkFor("CU-000042", Locale.forLanguageTag("zh-CN"));

        assertThat(link.url()).startsWith(BASE + "/status/account/");
        assertThat(link.expiresAt()).isEqualTo(NOW.plus(TTL));
        assertThat(accounts.open(token(link.url()))).hasValueSatisfying(opened -> {
            assertThat(opened.customerReference()).isEqualTo("CU-000042");
            assertThat(opened.locale()).isEqualTo(Locale.forLanguageTag("zh-CN"));
            assertThat(opened.expiresAt()).isEqualTo(NOW.plus(TTL));
        });
        assertThat(token(link.url())).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
    }

    @Test
    void tamperedTokensAreRejected() {
        String token = accounts.tokenFor("CU-000042", null);
        int dot = token.indexOf('.');
        char first = token.charAt(dot + 1);
        String badSignature = token.substring(0, dot + 1) + (first == 'A' ? 'B' : 'A') + token.substring(dot + 2);
        String otherCustomer = encode("CU-000043|" + NOW.plus(TTL).getEpochSecond()) + token.substring(dot);
        String longer = encode("CU-000042|" + NOW.plus(Duration.ofDays(600)).getEpochSecond()) + token.substring(dot);

        assertThat(accounts.verify(token)).contains("CU-000042");
        assertThat(accounts.verify(badSignature)).isEmpty();
        assertThat(accounts.verify(otherCustomer)).isEmpty();
        assertThat(accounts.verify(longer)).isEmpty();
        assertThat(accounts.verify(token + "x")).isEmpty();
        assertThat(accounts.verify("not-a-token")).isEmpty();
        assertThat(accounts.verify(null)).isEmpty();
    }

    @Test
    void expiredTokensAreRejected() {
        String token = accounts.tokenFor("CU-000042", null);

        assertThat(accounts(SECRET, NOW.plus(TTL).minusSeconds(1)).verify(token)).contains("CU-000042");
        assertThat(accounts(SECRET, NOW.plus(TTL)).verify(token)).isEmpty();
        assertThat(accounts(SECRET, NOW.plus(Duration.ofDays(400))).verify(token)).isEmpty();
    }

    @Test
    void aCaseTokenIsNotAnAccountTokenNorTheOtherWayRound() {
        // the same key signs both; the signing context keeps them apart, even for a "case" named like a customer
        String caseToken = cases.tokenFor("CU-000042", null);
        String accountToken = accounts.tokenFor("CU-000042", null);

        assertThat(cases.verify(caseToken)).contains("CU-000042");
        assertThat(accounts.verify(caseToken)).isEmpty();
        assertThat(cases.verify(accountToken)).isEmpty();
        assertThat(accounts.verify(cases.tokenFor("BD-2026-000001", null))).isEmpty();
        // same payload, different signature
        assertThat(caseToken.substring(0, caseToken.indexOf('.'))).isEqualTo(accountToken.substring(0, accountToken.indexOf('.')));
        assertThat(caseToken).isNotEqualTo(accountToken);
    }

    @Test
    void anotherKeysTokenIsRejected() {
        AccountLinks other = accounts("another-secret-another-secret-000".getBytes(StandardCharsets.UTF_8), NOW);

        assertThat(other.verify(accounts.tokenFor("CU-000042", null))).isEmpty();
    }

    @Test
    void onlyCustomerReferencesAreSigned() {
        assertThatThrownBy(() -> accounts.tokenFor("FR-2026-000123", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> accounts.tokenFor("CU-1|9999999999", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> accounts.tokenFor(null, null)).isInstanceOf(IllegalArgumentException.class);
        // a validly signed payload whose subject is not a customer reference is not opened either
        String caseLike = new SignedTokens(SECRET, AccountLinks.MAC_CONTEXT, java.util.regex.Pattern.compile(".+"), TTL,
                Clock.fixed(NOW, ZoneOffset.UTC)).issue("FR-2026-000123", null);
        assertThat(accounts.verify(caseLike)).isEmpty();
    }

    private static AccountLinks accounts(byte[] secret, Instant now) {
        return new AccountLinks(secret, BASE + "/", TTL, Clock.fixed(now, ZoneOffset.UTC));
    }

    private static String encode(String payload) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8));
    }

    private static String token(String url) {
        return url.substring(url.lastIndexOf('/') + 1);
    }
}
