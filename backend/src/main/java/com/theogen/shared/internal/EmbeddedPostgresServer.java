package com.theogen.shared.internal;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

/**
 * A real PostgreSQL server started from the binaries packaged on the classpath. The cluster lives under
 * {@code <dataDir>/postgres} and survives restarts; with {@code ephemeral} it lives in a temporary
 * directory removed on {@link #close()}. The server listens on localhost only.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    static final String DATABASE = "theogen";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    private final EmbeddedPostgres postgres;
    private final Path clusterDir;
    private final boolean ephemeral;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path clusterDir, boolean ephemeral) {
        this.postgres = postgres;
        this.clusterDir = clusterDir;
        this.ephemeral = ephemeral;
    }

    public static EmbeddedPostgresServer start(Path dataDir, boolean ephemeral) {
        try {
            Path clusterDir = ephemeral
                    ? Files.createTempDirectory("theogen-pg-")
                    : Files.createDirectories(dataDir.resolve("postgres")).toAbsolutePath();
            long started = System.nanoTime();
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(clusterDir.toFile())
                    .setCleanDataDirectory(ephemeral)
                    .setServerConfig("listen_addresses", "localhost")
                    .setServerConfig("max_connections", "60")
                    // Spring stops the server (close()) after everything that uses it; zonky's own JVM hook would
                    // stop it at exit concurrently with that, leaving job threads failing against a dead server.
                    .setRegisterShutdownHook(false)
                    .start();
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres, clusterDir, ephemeral);
            server.ensureDatabase();
            log.info(
                    "Embedded PostgreSQL ready on port {} (data in {}) after {} ms",
                    postgres.getPort(),
                    ephemeral ? "a temporary directory" : clusterDir,
                    (System.nanoTime() - started) / 1_000_000);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL server", e);
        }
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", DATABASE);
    }

    public int port() {
        return postgres.getPort();
    }

    private void ensureDatabase() {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            try (ResultSet rs =
                    statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            statement.execute("CREATE DATABASE " + DATABASE + " ENCODING 'UTF8' TEMPLATE template0");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the embedded database", e);
        }
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
        }
        if (ephemeral) {
            try {
                FileSystemUtils.deleteRecursively(clusterDir);
            } catch (IOException e) {
                log.warn("Could not remove temporary cluster {}: {}", clusterDir, e.getMessage());
            }
        }
    }
}
