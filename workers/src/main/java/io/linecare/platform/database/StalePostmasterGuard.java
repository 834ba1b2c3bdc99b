package io.linecare.platform.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After a {@code kill -9} of Linecare the embedded postmaster outlives the JVM and keeps
 * {@code postmaster.pid}; the next start would fail on it. Before starting we stop such an orphan
 * (it serves nobody: its only client was the JVM that died) or remove a pid file whose process is gone.
 * A postmaster whose Java parent still runs belongs to another Linecare: we refuse to start instead.
 */
final class StalePostmasterGuard {

    private static final Logger log = LoggerFactory.getLogger(StalePostmasterGuard.class);
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(30);

    private StalePostmasterGuard() {
    }

    static void clear(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        Optional<ProcessHandle> postmaster = readPid(pidFile).flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(StalePostmasterGuard::isPostgres);
        if (postmaster.isPresent() && ownedByALiveProcess(postmaster.get())) {
            ProcessHandle owner = postmaster.get().parent().orElseThrow();
            throw new IOException("Another Linecare (pid " + owner.pid() + ") is using the embedded database in "
                    + dataDirectory + "; stop it first or give this one another linecare.database.embedded.data-directory");
        }
        if (postmaster.isPresent()) {
            ProcessHandle process = postmaster.get();
            log.warn("Found an embedded PostgreSQL (pid {}) left running by an earlier Linecare; stopping it", process.pid());
            process.destroy(); // SIGTERM = PostgreSQL "smart" shutdown, data stays consistent
            try {
                process.onExit().get(SHUTDOWN_WAIT.toSeconds(), TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IOException("The orphaned embedded PostgreSQL (pid " + process.pid()
                        + ") did not stop within " + SHUTDOWN_WAIT.toSeconds() + " s; stop it by hand", e);
            }
        } else {
            log.warn("Removing stale {} of a PostgreSQL that is no longer running", pidFile);
        }
        Files.deleteIfExists(pidFile);
    }

    private static Optional<Long> readPid(Path pidFile) throws IOException {
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** An orphan postmaster is adopted by init (or a subreaper); one whose parent lives still serves it. */
    private static boolean ownedByALiveProcess(ProcessHandle postmaster) {
        return postmaster.parent().filter(ProcessHandle::isAlive).filter(parent -> parent.pid() != 1)
                .flatMap(parent -> parent.info().command())
                .map(command -> command.contains("java"))
                .orElse(false);
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.info().command().map(command -> command.contains("postgres")).orElse(true);
    }
}
