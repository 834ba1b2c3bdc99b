package io.linecare.communication.status;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Signed, expiring links to a case's status page; the link is the customer's only credential.
 *
 * <p>Tokens are {@link SignedTokens} of context {@code linecare-status-v1.} with the case reference as
 * subject: {@code base64url(payload) "." base64url(HMAC-SHA256(key, "linecare-status-v1." + base64url(payload)))},
 * payload {@code caseReference "|" expiresAtEpochSeconds ["|" languageTag]}. Every failure (malformed,
 * tampered, expired, a customer's account token) gives the same empty answer, so a caller cannot tell
 * them apart and neither can the customer. {@link AccountLinks} signs with the same key in another context.
 */
public class StatusLinks {

    static final String PATH = "/status/";

    static final String MAC_CONTEXT = "linecare-status-v1.";
    /** a case reference like FR-2026-000123; no separator characters, nothing to escape in a log */
    private static final Pattern CASE_REFERENCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");

    private final SignedTokens tokens;
    private final String baseUrl;

    public StatusLinks(byte[] secret, String baseUrl, Duration ttl, Clock clock) {
        this.tokens = new SignedTokens(secret, MAC_CONTEXT, CASE_REFERENCE, ttl, clock);
        this.baseUrl = stripTrailingSlash(Objects.requireNonNull(baseUrl, "baseUrl"));
    }

    /** The full status-page address for a case, valid for the configured lifetime from now. */
    public String urlFor(String caseReference) {
        return baseUrl + PATH + tokenFor(caseReference, null);
    }

    /** As {@link #urlFor(String)}, and the page opens in the given language unless the case says otherwise. */
    public String urlFor(String caseReference, Locale locale) {
        return baseUrl + PATH + tokenFor(caseReference, locale);
    }

    /** The case reference a genuine, unexpired token was made for; empty for anything else. */
    public Optional<String> verify(String token) {
        return open(token).map(StatusLink::caseReference);
    }

    /** The whole content of a genuine, unexpired token; empty for anything else. */
    public Optional<StatusLink> open(String token) {
        return tokens.open(token).map(opened -> new StatusLink(opened.subject(), opened.expiresAt(), opened.locale()));
    }

    /** The page of a case on this site, as a path (for links and redirects between the status pages). */
    String pathFor(String caseReference, Locale locale) {
        return PATH + tokenFor(caseReference, locale);
    }

    String tokenFor(String caseReference, Locale locale) {
        if (caseReference == null || !CASE_REFERENCE.matcher(caseReference).matches()) {
            throw new IllegalArgumentException("not a case reference: " + caseReference);
        }
        return tokens.issue(caseReference, locale);
    }

    static String stripTrailingSlash(String url) {
        URI.create(url); // fail at start on a malformed base URL, not in a customer's message
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** What a verified token says: the case, until when, and the language it was sent in (may be null). */
    public record StatusLink(String caseReference, Instant expiresAt, Locale locale) {
    }
}
