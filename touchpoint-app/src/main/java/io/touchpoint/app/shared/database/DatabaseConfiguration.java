package io.touchpoint.app.shared.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One SQL dialect everywhere: either an external PostgreSQL or a PostgreSQL the app starts itself from
 * Maven-delivered binaries, with its data directory kept across restarts.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    PostgresServer postgresServer(DatabaseProperties props) {
        if (props.external()) {
            log.info("Using external PostgreSQL at {}", props.url());
            return new PostgresServer(props.url(), props.user(), props.password(), null);
        }
        Path dir = (props.dataDir() == null ? Path.of("data") : props.dataDir()).toAbsolutePath().resolve("postgres");
        try {
            Files.createDirectories(dir);
            log.info("Starting embedded PostgreSQL with data in {}", dir);
            // zonky is made for tests and turns durability off; accepted data must survive a crash.
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setPort(port(dir.resolveSibling("postgres.port")))
                    .setCleanDataDirectory(false)
                    // Spring stops the server after every bean that uses it is closed; zonky's own hook would stop it
                    // first and leave the shutdown waiting on connections.
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(120))
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("shared_buffers", "128MB")
                    .start();
            log.info("Embedded PostgreSQL {} listening on 127.0.0.1:{} (user postgres; for pg_dump backups)",
                    "15", pg.getPort());
            return new PostgresServer(pg.getJdbcUrl("postgres", "postgres"), "postgres", "postgres", pg);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dir, ex);
        }
    }

    /**
     * The embedded server keeps one port for its data directory. If the JVM died without stopping PostgreSQL, the
     * server still runs on that port, and the next start finds it there and carries on with it.
     */
    static int port(Path file) throws IOException {
        if (Files.exists(file)) {
            String saved = Files.readString(file).trim();
            if (saved.matches("\\d{2,5}")) {
                return Integer.parseInt(saved);
            }
        }
        int port;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        Files.writeString(file, Integer.toString(port));
        return port;
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(PostgresServer server, DatabaseProperties props) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(server.jdbcUrl());
        config.setUsername(server.user());
        config.setPassword(server.password());
        config.setMaximumPoolSize(props.effectivePoolSize());
        config.setPoolName("touchpoint");
        config.setConnectionTimeout(10_000);
        // Lookups by arrays of keys must not stick to a generic plan made while tables were empty.
        // No JIT: compiling costs 100-200 ms per analytical query (158 ms of a 2.7 s ad-hoc slice, measured) and never
        // paid back at our sizes.
        config.addDataSourceProperty("options", "-c plan_cache_mode=force_custom_plan -c jit=off");
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        return new HikariDataSource(config);
    }

    /** The server in use; closing it stops the embedded server if we started one. */
    record PostgresServer(String jdbcUrl, String user, String password, EmbeddedPostgres embedded)
            implements AutoCloseable {

        @Override
        public void close() throws IOException {
            if (embedded != null) {
                embedded.close();
            }
        }
    }
}
