package io.linecare.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * Test helper for a real PostgreSQL (started by each test class with zonky's EmbeddedPostgres):
 * runs the application's Flyway migrations and the demo seeder at a fixed "now", so adapter tests
 * read exactly the rows the generator made for that date.
 */
public final class DemoDatabase {

    /** A Wednesday, 14:30 in Hangzhou. */
    public static final Instant NOW = Instant.parse("2026-03-18T06:30:00Z");
    public static final LocalDate TODAY = LocalDate.of(2026, 3, 18);

    private DemoDatabase() {
    }

    public static void migrate(DataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .schemas("linecare")
                .defaultSchema("linecare")
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }

    public static DemoDataSeeder seeder(DataSource dataSource, Instant now) {
        return new DemoDataSeeder(new JdbcTemplate(dataSource), new DataSourceTransactionManager(dataSource),
                Clock.fixed(now, ZoneOffset.UTC));
    }

    /** Migrates and seeds at {@link #NOW}; returns what the seeder reported. */
    public static DemoDataSeeder.SeedReport migrateAndSeed(DataSource dataSource) {
        migrate(dataSource);
        return seeder(dataSource, NOW).seed();
    }

    /** The data set the seeder wrote at {@link #NOW}, for comparing adapters against. */
    public static DemoIsp expected() {
        return new DemoIspGenerator(DemoDataSeeder.SEED, TODAY).generate();
    }

    public static JdbcClient jdbcClient(DataSource dataSource) {
        return JdbcClient.create(dataSource);
    }
}
