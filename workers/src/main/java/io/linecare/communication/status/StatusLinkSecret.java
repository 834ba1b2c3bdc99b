package io.linecare.communication.status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides the key that signs status-page links. In prod a configured secret of at least
 * {@value #MIN_LENGTH} characters is required and startup fails without one; elsewhere an empty
 * secret is replaced by a random one per start (with a warning: links die on restart).
 */
final class StatusLinkSecret {

    static final int MIN_LENGTH = 32;
    static final String VARIABLE = "LINECARE_STATUS_LINK_SECRET";

    private static final Logger log = LoggerFactory.getLogger(StatusLinkSecret.class);

    private StatusLinkSecret() {
    }

    /** A random key made once and kept in a file only its owner may read. */
    private static byte[] keptKey(Path file) {
        try {
            if (Files.exists(file)) {
                return Files.readAllBytes(file);
            }
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, random);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the folder's own protection applies
            }
            log.info("{} is not set: status-page links are signed with a key made now and kept in {}", VARIABLE, file);
            return random;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the status-link key " + file, e);
        }
    }

    static byte[] resolve(String configured, boolean prod, Path keptKey) {
        boolean empty = configured == null || configured.isBlank();
        if (prod && (empty || configured.length() < MIN_LENGTH)) {
            throw new IllegalStateException("Linecare runs with the prod profile but " + VARIABLE
                    + (empty ? " (linecare.status.secret) is not set" : " (linecare.status.secret) is shorter than "
                            + MIN_LENGTH + " characters")
                    + ". It signs the customers' status-page links: set it to a random value of at least "
                    + MIN_LENGTH + " characters (e.g. `openssl rand -base64 48`) and keep it stable across restarts and nodes.");
        }
        if (empty && keptKey != null) {
            return keptKey(keptKey);
        }
        if (empty) {
            log.warn("{} is not set: status-page links are signed with a random key made at this start "
                    + "and stop working when the application restarts (set it on every node outside a single-node trial)",
                    VARIABLE);
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            return random;
        }
        if (configured.length() < MIN_LENGTH) {
            log.warn("{} is shorter than {} characters; prod refuses such a key", VARIABLE, MIN_LENGTH);
        }
        return configured.getBytes(StandardCharsets.UTF_8);
    }
}
