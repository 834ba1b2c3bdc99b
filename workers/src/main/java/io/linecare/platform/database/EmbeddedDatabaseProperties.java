package io.linecare.platform.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The embedded PostgreSQL of the default run: no server to install, data kept across restarts.
 *
 * @param dataDirectory where the cluster lives (relative to the working directory)
 * @param port          0 picks a free port
 */
@ConfigurationProperties("linecare.database.embedded")
public record EmbeddedDatabaseProperties(Path dataDirectory, int port) {

    public EmbeddedDatabaseProperties {
        if (dataDirectory == null) {
            dataDirectory = Path.of(".linecare", "pgdata");
        }
    }
}
