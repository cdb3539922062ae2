package com.theogen.shared.internal;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

/**
 * A real PostgreSQL server started from the binaries packaged on the classpath, listening on localhost only. Its
 * files live under a base directory (the data directory, or with {@code ephemeral} a temporary one removed on
 * {@link #close()}): the cluster in {@code postgres/}, the server's log in {@code postgres.log}, the logins in
 * {@value #PASSWORD_FILE}. Every login needs its password (SCRAM); the application connects as a role that owns its
 * database and is not a superuser. A postmaster left running by a killed JVM is stopped before the server starts
 * (see {@link StalePostmaster}).
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    static final String DATABASE = "theogen";
    /** The libpq password file with both logins, relative to the base (data) directory; mode 600. */
    public static final String PASSWORD_FILE = "keys/postgres.pgpass";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    /** Generous: after a crash the server first replays its write-ahead log. */
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);

    private static final long LOG_ROTATE_BYTES = 10L * 1024 * 1024;

    private final EmbeddedPostgres postgres;
    private final Path baseDir;
    private final boolean ephemeral;
    private volatile PostgresCredentials credentials;

    private EmbeddedPostgresServer(
            EmbeddedPostgres postgres, Path baseDir, boolean ephemeral, PostgresCredentials credentials) {
        this.postgres = postgres;
        this.baseDir = baseDir;
        this.ephemeral = ephemeral;
        this.credentials = credentials;
    }

    /**
     * Starts the server, creating the cluster on first use and converting one made by an earlier version.
     *
     * @param fsync true in every deployment: commits reach the disk before they are acknowledged (fsync and
     *     synchronous_commit on). Tests may turn it off for speed; a power cut can then lose or corrupt data.
     */
    public static EmbeddedPostgresServer start(Path dataDir, boolean ephemeral, boolean fsync) {
        long started = System.nanoTime();
        Path base = baseDirectory(dataDir, ephemeral);
        Path cluster = base.resolve("postgres");
        Path logFile = base.resolve("postgres.log");
        StalePostmaster.clear(cluster);
        PostgresCredentials credentials = PostgresCredentials.loadOrCreate(base.resolve(PASSWORD_FILE));
        EmbeddedPostgres postgres = startPostgres(cluster, logFile, credentials, fsync);
        EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres, base, ephemeral, credentials);
        try {
            ApplicationRole.apply(postgres.getPort(), credentials.superuser(), credentials.app(), DATABASE);
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
        log.info(
                "Embedded PostgreSQL ready on port {} (data in {}, logins in {}) after {} ms",
                postgres.getPort(),
                ephemeral ? "a temporary directory" : cluster,
                ephemeral ? "memory" : base.resolve(PASSWORD_FILE),
                (System.nanoTime() - started) / 1_000_000);
        return server;
    }

    private static EmbeddedPostgres startPostgres(
            Path cluster, Path logFile, PostgresCredentials credentials, boolean fsync) {
        String durability = fsync ? "on" : "off";
        try {
            Files.createDirectories(cluster);
            prepareLog(logFile);
            return EmbeddedPostgres.builder()
                    .setPgBinaryResolver(PostgresBinaries.INSTANCE)
                    .setOverrideWorkingDirectory(PostgresBinaries.workingDirectory())
                    .setDataDirectory(cluster.toFile())
                    .setCleanDataDirectory(false)
                    .setDataDirectoryCustomizer(
                            dir -> ClusterAuthentication.secure(dir.toPath(), credentials.superuser()))
                    .setConnectConfig("password", credentials.superuser().password())
                    .setServerConfig("listen_addresses", "localhost")
                    .setServerConfig("max_connections", "60")
                    .setServerConfig("password_encryption", "scram-sha-256")
                    // sized for a desktop that also runs the JVM (ADR 041): the data of a few projects fits in these
                    .setServerConfig("shared_buffers", "64MB")
                    .setServerConfig("work_mem", "8MB")
                    .setServerConfig("maintenance_work_mem", "64MB")
                    .setServerConfig("effective_cache_size", "256MB")
                    // the library starts postgres with -F (fsync off) and synchronous_commit=off; these come after it
                    .setServerConfig("fsync", durability)
                    .setServerConfig("synchronous_commit", durability)
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .setPGStartupWait(STARTUP_WAIT)
                    // Spring stops the server (close()) after everything that uses it; the library's own JVM hook would
                    // stop it at exit concurrently with that, leaving job threads failing against a dead server.
                    .setRegisterShutdownHook(false)
                    .start();
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException(
                    "The embedded PostgreSQL did not start: " + e.getMessage() + ". Its log (" + logFile + ") ends:\n"
                            + tail(logFile),
                    e);
        }
    }

    /** JDBC URL of the application database, without credentials. */
    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
    }

    /** The role the application connects as (owner of its database, not a superuser). */
    public String appUser() {
        return credentials.app().user();
    }

    public String appPassword() {
        return credentials.app().password();
    }

    public int port() {
        return postgres.getPort();
    }

    /**
     * Gives both roles new random passwords and writes them to {@value #PASSWORD_FILE}. Connections already open
     * stay open; new ones need the new password. Should this stop half-way, the next start applies the file.
     */
    public void rotatePasswords() {
        PostgresCredentials next = PostgresCredentials.generate();
        next.replace(baseDir.resolve(PASSWORD_FILE));
        ApplicationRole.changePasswords(postgres.getPort(), credentials.superuser(), next);
        credentials = next;
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
                FileSystemUtils.deleteRecursively(baseDir);
            } catch (IOException e) {
                log.warn("Could not remove temporary cluster {}: {}", baseDir, e.getMessage());
            }
        }
    }

    private static Path baseDirectory(Path dataDir, boolean ephemeral) {
        try {
            return ephemeral
                    ? Files.createTempDirectory("theogen-pg-")
                    : Files.createDirectories(dataDir).toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory " + dataDir, e);
        }
    }

    /**
     * Keeps one previous log: the server writes little (start, stop, warnings), so this is rare. Owner-only, as the
     * cluster itself: a failing statement is logged with its values, which are users' data.
     */
    private static void prepareLog(Path logFile) throws IOException {
        if (Files.exists(logFile) && Files.size(logFile) > LOG_ROTATE_BYTES) {
            Files.move(
                    logFile, logFile.resolveSibling(logFile.getFileName() + ".1"), StandardCopyOption.REPLACE_EXISTING);
        }
        if (!Files.exists(logFile)) {
            Files.createFile(logFile);
        }
        try {
            Files.setPosixFilePermissions(logFile, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException ignored) {
            // non-POSIX file systems: the directory's own permissions apply
        }
    }

    private static String tail(Path logFile) {
        try {
            List<String> lines = Files.readAllLines(logFile);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(no log)";
        }
    }
}
