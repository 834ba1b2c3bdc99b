package io.linecare.communication.status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Signed, expiring links to a customer's account page on the status site ({@code /status/account/{token}}):
 * their lines, recent bills and open cases, and the forms to dispute a bill or cancel a line.
 *
 * <p>Same key and lifetime as the case links ({@link StatusLinks}), another signing context
 * ({@code linecare-account-v1.}): an account token never opens a case page and a case token never opens
 * an account, even for a case reference that looks like a customer reference. Only customer references
 * ({@code CU-000123}) are signed.
 */
public class AccountLinks {

    static final String PATH = "/status/account/";

    static final String MAC_CONTEXT = "linecare-account-v1.";
    private static final Pattern CUSTOMER_REFERENCE = Pattern.compile("CU-[0-9]{1,12}");

    private final SignedTokens tokens;
    private final String baseUrl;
    private final Clock clock;
    private final Duration ttl;

    public AccountLinks(byte[] secret, String baseUrl, Duration ttl, Clock clock) {
        this.tokens = new SignedTokens(secret, MAC_CONTEXT, CUSTOMER_REFERENCE, ttl, clock);
        this.baseUrl = StatusLinks.stripTrailingSlash(Objects.requireNonNull(baseUrl, "baseUrl"));
        this.clock = clock;
        this.ttl = ttl;
    }

    /** The full address of the customer's account page, valid for the configured lifetime from now. */
    public AccountLink linkFor(String customerReference, Locale locale) {
        Instant expiresAt = Instant.ofEpochSecond(clock.instant().plus(ttl).getEpochSecond());
        return new AccountLink(customerReference, baseUrl + pathFor(customerReference, locale), expiresAt);
    }

    /** The customer reference of a genuine, unexpired account token; empty for anything else. */
    public Optional<String> verify(String token) {
        return open(token).map(Opened::customerReference);
    }

    Optional<Opened> open(String token) {
        return tokens.open(token).map(o -> new Opened(o.subject(), o.expiresAt(), o.locale()));
    }

    /** The account page as a path on this site (for links and redirects between the status pages). */
    String pathFor(String customerReference, Locale locale) {
        return PATH + tokenFor(customerReference, locale);
    }

    String tokenFor(String customerReference, Locale locale) {
        if (customerReference == null || !CUSTOMER_REFERENCE.matcher(customerReference).matches()) {
            throw new IllegalArgumentException("not a customer reference: " + customerReference);
        }
        return tokens.issue(customerReference, locale);
    }

    /** A link for a customer, as staff hand it on. */
    public record AccountLink(String customerReference, String url, Instant expiresAt) {
    }

    /** What a verified account token says (locale may be null). */
    record Opened(String customerReference, Instant expiresAt, Locale locale) {
    }
}
