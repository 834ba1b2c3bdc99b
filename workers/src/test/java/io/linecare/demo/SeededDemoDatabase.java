package io.linecare.demo;

import java.io.IOException;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A real PostgreSQL for one test class, migrated and seeded with the demo ISP at
 * {@link DemoDatabase#NOW}. Register it as {@code @RegisterExtension static final SeededDemoDatabase
 * database = new SeededDemoDatabase();}; it is ready before the class's own {@code @BeforeAll}.
 */
public final class SeededDemoDatabase implements BeforeAllCallback, AfterAllCallback {

    private EmbeddedPostgres postgres;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        postgres = EmbeddedPostgres.start();
        DemoDatabase.migrateAndSeed(dataSource());
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        postgres.close();
    }

    public DataSource dataSource() {
        return postgres.getPostgresDatabase();
    }

    public JdbcClient jdbc() {
        return JdbcClient.create(dataSource());
    }
}
