package io.linecare.platform.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.camunda.bpm.engine.spring.ProcessEngineFactoryBean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * The default run's database: a real PostgreSQL started in-process (never H2), kept under
 * {@code .linecare/pgdata} so cases survive a restart. Profiles {@code postgres} and {@code prod}
 * switch {@code linecare.database.mode} to {@code external}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "linecare.database.mode", havingValue = "embedded")
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
public class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException {
        Path dataDirectory = properties.dataDirectory().toAbsolutePath();
        Files.createDirectories(dataDirectory);
        StalePostmasterGuard.clear(dataDirectory);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                // Spring stops it after the engine (below); zonky's own JVM hook would stop it first
                .setRegisterShutdownHook(false)
                .setServerConfig("timezone", "UTC")
                .setServerConfig("max_connections", "100");
        if (properties.port() > 0) {
            builder.setPort(properties.port());
        }
        EmbeddedPostgres postgres = builder.start();
        log.info("Embedded PostgreSQL ready at jdbc:postgresql://localhost:{}/postgres (data in {})",
                postgres.getPort(), dataDirectory);
        return postgres;
    }

    /**
     * The engine must close before its database stops: Camunda's factory bean reaches the data source
     * only through its configuration, so Spring would not otherwise order their shutdown.
     */
    @Bean
    static BeanFactoryPostProcessor engineStopsBeforeEmbeddedDatabase() {
        return beanFactory -> {
            for (String name : beanFactory.getBeanNamesForType(ProcessEngineFactoryBean.class, true, false)) {
                BeanDefinition engine = beanFactory.getBeanDefinition(name.startsWith("&") ? name.substring(1) : name);
                engine.setDependsOn(StringUtils.addStringToArray(engine.getDependsOn(), "embeddedPostgres"));
            }
        };
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setPoolName("linecare");
        dataSource.setMaximumPoolSize(20);
        return dataSource;
    }
}
