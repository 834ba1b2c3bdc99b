package io.linecare.communication.status;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signed, expiring links to a case's status page; the link is the customer's only credential.
 *
 * <p>Token: {@code base64url(payload) "." base64url(HMAC-SHA256(key, "linecare-status-v1." + base64url(payload)))},
 * payload {@code caseReference "|" expiresAtEpochSeconds ["|" languageTag]}, base64url without padding.
 * The MAC covers the encoded payload exactly as sent, so there is no second encoding to get wrong,
 * and a version prefix so the key never signs anything else by accident. Signatures are compared in
 * constant time ({@link MessageDigest#isEqual}); every failure (malformed, tampered, expired) gives the
 * same empty answer, so a caller cannot tell them apart and neither can the customer.
 */
public class StatusLinks {

    static final String PATH = "/status/";

    private static final String ALGORITHM = "HmacSHA256";
    private static final String MAC_CONTEXT = "linecare-status-v1.";
    /** a case reference like FR-2026-000123; no separator characters, nothing to escape in a log */
    private static final Pattern CASE_REFERENCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,2}");
    private static final int MAX_TOKEN_LENGTH = 512;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecretKeySpec key;
    private final String baseUrl;
    private final Duration ttl;
    private final Clock clock;

    public StatusLinks(byte[] secret, String baseUrl, Duration ttl, Clock clock) {
        if (secret == null || secret.length == 0) {
            throw new IllegalArgumentException("the status-link secret is empty");
        }
        if (ttl == null || ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("the status-link lifetime must be positive");
        }
        this.key = new SecretKeySpec(secret.clone(), ALGORITHM);
        this.baseUrl = stripTrailingSlash(Objects.requireNonNull(baseUrl, "baseUrl"));
        this.ttl = ttl;
        this.clock = Objects.requireNonNull(clock, "clock");
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
        if (token == null || token.isEmpty() || token.length() > MAX_TOKEN_LENGTH) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot <= 0 || dot != token.lastIndexOf('.') || dot == token.length() - 1) {
            return Optional.empty();
        }
        String encodedPayload = token.substring(0, dot);
        byte[] signature;
        byte[] payload;
        try {
            signature = DECODER.decode(token.substring(dot + 1));
            payload = DECODER.decode(encodedPayload);
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        if (!MessageDigest.isEqual(sign(encodedPayload), signature)) {
            return Optional.empty();
        }
        return parse(new String(payload, StandardCharsets.UTF_8))
                .filter(link -> clock.instant().isBefore(link.expiresAt()));
    }

    String tokenFor(String caseReference, Locale locale) {
        if (caseReference == null || !CASE_REFERENCE.matcher(caseReference).matches()) {
            throw new IllegalArgumentException("not a case reference: " + caseReference);
        }
        long expiresAt = clock.instant().plus(ttl).getEpochSecond();
        String payload = caseReference + "|" + expiresAt;
        if (locale != null && !locale.toLanguageTag().equals("und")) {
            payload += "|" + locale.toLanguageTag();
        }
        String encodedPayload = ENCODER.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        return encodedPayload + "." + ENCODER.encodeToString(sign(encodedPayload));
    }

    private static Optional<StatusLink> parse(String payload) {
        String[] parts = payload.split("\\|", -1);
        if (parts.length < 2 || parts.length > 3 || !CASE_REFERENCE.matcher(parts[0]).matches()) {
            return Optional.empty();
        }
        long expiresAt;
        try {
            expiresAt = Long.parseLong(parts[1]);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        Locale locale = null;
        if (parts.length == 3) {
            if (!LANGUAGE_TAG.matcher(parts[2]).matches()) {
                return Optional.empty();
            }
            locale = Locale.forLanguageTag(parts[2]);
        }
        return Optional.of(new StatusLink(parts[0], Instant.ofEpochSecond(expiresAt), locale));
    }

    private byte[] sign(String encodedPayload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal((MAC_CONTEXT + encodedPayload).getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private static String stripTrailingSlash(String url) {
        URI.create(url); // fail at start on a malformed base URL, not in a customer's message
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** What a verified token says: the case, until when, and the language it was sent in (may be null). */
    public record StatusLink(String caseReference, Instant expiresAt, Locale locale) {
    }
}
