package io.linecare.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A fresh PostgreSQL database for one test run. CI has a server on 127.0.0.1:5432 (trust auth, user
 * postgres); elsewhere an embedded PostgreSQL is started. Never H2: integration tests run on the
 * database the product runs on.
 */
public final class TestDatabase {

    private static final String SERVER_URL = System.getProperty("linecare.test.postgres-url",
            "jdbc:postgresql://127.0.0.1:5432/postgres");
    private static final String USER = "postgres";
    private static final String PREFIX = "linecare_it_";

    private static TestDatabase instance;

    private final String jdbcUrl;

    private TestDatabase(String jdbcUrl) {
        this.jdbcUrl = jdbcUrl;
    }

    public static synchronized TestDatabase get() {
        if (instance == null) {
            instance = create();
        }
        return instance;
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    public String user() {
        return USER;
    }

    private static TestDatabase create() {
        String serverUrl = reachable(SERVER_URL) ? SERVER_URL : startEmbedded();
        // the creation time in the name lets a parallel run tell a leftover from a database just made
        String name = PREFIX + Instant.now().getEpochSecond() + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        try (Connection connection = DriverManager.getConnection(serverUrl, USER, "");
             Statement statement = connection.createStatement()) {
            dropLeftovers(statement);
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create test database on " + serverUrl, e);
        }
        String url = serverUrl.substring(0, serverUrl.lastIndexOf('/') + 1) + name;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(serverUrl, name)));
        return new TestDatabase(url);
    }


    /**
     * Databases of earlier runs that died before their shutdown hook: nobody uses them, and they are
     * older than a day (another build running at the same time may have made one a moment ago and
     * not connected yet).
     */
    private static void dropLeftovers(Statement statement) throws SQLException {
        List<String> leftovers = new ArrayList<>();
        long dayAgo = Instant.now().minus(Duration.ofDays(1)).getEpochSecond();
        try (ResultSet rows = statement.executeQuery(
                "select datname from pg_database where datname like '" + PREFIX + "%'"
                        + " and not exists (select 1 from pg_stat_activity a where a.datname = pg_database.datname)")) {
            while (rows.next()) {
                String name = rows.getString(1);
                String[] parts = name.substring(PREFIX.length()).split("_");
                // names without a creation time come from older builds; their age is unknown, so they stay
                boolean old = parts.length >= 2 && parts[0].matches("[0-9]+") && Long.parseLong(parts[0]) < dayAgo;
                if (old) {
                    leftovers.add(name);
                }
            }
        }
        for (String leftover : leftovers) {
            statement.execute("drop database if exists " + leftover);
        }
    }

    private static void drop(String serverUrl, String name) {
        try (Connection connection = DriverManager.getConnection(serverUrl, USER, "");
             Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + name + " with (force)");
        } catch (SQLException e) {
            // the next run's dropLeftovers removes it
        }
    }

    private static boolean reachable(String url) {
        DriverManager.setLoginTimeout(3);
        try (Connection ignored = DriverManager.getConnection(url, USER, "")) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private static String startEmbedded() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().setServerConfig("timezone", "UTC").start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is going away
                }
            }));
            return postgres.getJdbcUrl(USER, "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException("No PostgreSQL on 127.0.0.1:5432 and the embedded one did not start", e);
        }
    }
}
