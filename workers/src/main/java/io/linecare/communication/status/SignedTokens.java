package io.linecare.communication.status;

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
 * The signed, expiring tokens of the status site; the token is the customer's only credential.
 *
 * <p>Token: {@code base64url(payload) "." base64url(HMAC-SHA256(key, context + base64url(payload)))},
 * payload {@code subject "|" expiresAtEpochSeconds ["|" languageTag]}, base64url without padding.
 * The MAC covers the encoded payload exactly as sent, so there is no second encoding to get wrong.
 * The {@code context} (e.g. {@code linecare-status-v1.} for a case, {@code linecare-account-v1.} for a
 * customer's account) is part of what is signed: one key signs several kinds of token, and a token of one
 * kind never verifies as another. Signatures are compared in constant time ({@link MessageDigest#isEqual});
 * every failure (malformed, tampered, expired, another kind) gives the same empty answer.
 */
final class SignedTokens {

    private static final String ALGORITHM = "HmacSHA256";
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,2}");
    private static final int MAX_TOKEN_LENGTH = 512;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecretKeySpec key;
    private final String context;
    private final Pattern subject;
    private final Duration ttl;
    private final Clock clock;

    /**
     * @param context what kind of token this is, signed with it (ASCII, ends with a dot)
     * @param subject what a subject may look like: no separator characters, nothing to escape in a log
     */
    SignedTokens(byte[] secret, String context, Pattern subject, Duration ttl, Clock clock) {
        if (secret == null || secret.length == 0) {
            throw new IllegalArgumentException("the status-link secret is empty");
        }
        if (ttl == null || ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("the status-link lifetime must be positive");
        }
        this.key = new SecretKeySpec(secret.clone(), ALGORITHM);
        this.context = Objects.requireNonNull(context, "context");
        this.subject = Objects.requireNonNull(subject, "subject");
        this.ttl = ttl;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** What a verified token says: its subject, until when, and the language it was sent in (may be null). */
    record Opened(String subject, Instant expiresAt, Locale locale) {
    }

    /** A token for the subject, valid for the configured lifetime from now. */
    String issue(String subjectValue, Locale locale) {
        if (subjectValue == null || !subject.matcher(subjectValue).matches()) {
            throw new IllegalArgumentException("cannot sign '" + subjectValue + "' into a " + context + " token");
        }
        long expiresAt = clock.instant().plus(ttl).getEpochSecond();
        String payload = subjectValue + "|" + expiresAt;
        if (locale != null && !locale.toLanguageTag().equals("und")) {
            payload += "|" + locale.toLanguageTag();
        }
        String encodedPayload = ENCODER.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        return encodedPayload + "." + ENCODER.encodeToString(sign(encodedPayload));
    }

    /** The content of a genuine, unexpired token of this kind; empty for anything else. */
    Optional<Opened> open(String token) {
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
                .filter(opened -> clock.instant().isBefore(opened.expiresAt()));
    }

    private Optional<Opened> parse(String payload) {
        String[] parts = payload.split("\\|", -1);
        if (parts.length < 2 || parts.length > 3 || !subject.matcher(parts[0]).matches()) {
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
        return Optional.of(new Opened(parts[0], Instant.ofEpochSecond(expiresAt), locale));
    }

    private byte[] sign(String encodedPayload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal((context + encodedPayload).getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
