package com.theogen.shared.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the next start finds after a JVM died without stopping its PostgreSQL, made here without killing a JVM (the
 * whole-application case is {@code KillNineRecoveryTest}): a postmaster of the data directory running with no
 * TheoGen holding it, a {@code postmaster.pid} whose PID another process now has, and one whose PID is a live
 * process that is not a postgres of this directory. One cluster serves every case; each test leaves it stopped.
 */
class StalePostmasterTest {

    @TempDir
    static Path dataDir;

    static Path cluster;
    Process bystander;

    @BeforeAll
    static void createCluster() throws Exception {
        EmbeddedPostgresServer.start(dataDir, false, false).close();
        cluster = dataDir.resolve("postgres");
    }

    @AfterEach
    void stopBystander() {
        if (bystander != null) {
            bystander.destroyForcibly();
        }
    }

    @Test
    void stopsAnOrphanedPostmasterOfTheDataDirectoryAndStarts() throws Exception {
        long orphan = startPostmasterWithoutTheoGen();
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir, false, false)) {
            assertThat(ProcessHandle.of(orphan).filter(ProcessHandle::isAlive)).isEmpty();
            try (Connection c = DriverManager.getConnection(server.jdbcUrl(), server.appUser(), server.appPassword());
                    Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT pg_backend_pid() > 0")) {
                assertThat(rs.next()).isTrue();
            }
        }
    }

    @Test
    void refusesToStartWhileARunningTheoGenHoldsTheDataDirectoryAndLeavesItRunning() throws Exception {
        try (EmbeddedPostgresServer running = EmbeddedPostgresServer.start(dataDir, false, false)) {
            long pid = postmasterPid();

            assertThatThrownBy(() -> EmbeddedPostgresServer.start(dataDir, false, false))
                    .hasMessageContaining("in use by another running TheoGen")
                    .hasMessageContaining("PID " + pid);

            assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).isPresent();
            DriverManager.getConnection(running.jdbcUrl(), running.appUser(), running.appPassword())
                    .close();
        }
    }

    @Test
    void removesAPidFileWhosePidIsNowAnotherProcess() throws Exception {
        bystander = new ProcessBuilder("sleep", "120").start();
        writePidFile(bystander.pid(), Instant.now().minusSeconds(3600)); // written long before that process began

        EmbeddedPostgresServer.start(dataDir, false, false).close();

        assertThat(bystander.isAlive())
                .as("an unrelated process is never signalled")
                .isTrue();
    }

    @Test
    void namesThePidAndTheFixWhenTheProcessIsNotVerifiablyItsPostmaster() throws Exception {
        bystander = new ProcessBuilder("sleep", "120").start();
        writePidFile(bystander.pid(), Instant.now().plusSeconds(3600));

        assertThatThrownBy(() -> EmbeddedPostgresServer.start(dataDir, false, false))
                .hasMessageContaining("names PID " + bystander.pid())
                .hasMessageContaining("not postgres")
                .hasMessageContaining("delete " + cluster.resolve("postmaster.pid"));

        assertThat(bystander.isAlive()).isTrue();
        Files.delete(cluster.resolve("postmaster.pid"));
    }

    /** As the JVM that started it left it: a postmaster running with nobody holding the data directory's lock. */
    private static long startPostmasterWithoutTheoGen() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        File log = dataDir.resolve("postgres.log").toFile();
        Process pgCtl = new ProcessBuilder(PostgresBinaries.command(
                        "pg_ctl",
                        "-D",
                        cluster.toString(),
                        "-o",
                        "-p " + port + " -c listen_addresses=localhost",
                        "-w",
                        "start"))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log))
                .start();
        assertThat(pgCtl.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(pgCtl.exitValue()).isZero();
        long pid = postmasterPid();
        assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).isPresent();
        return pid;
    }

    private static long postmasterPid() throws Exception {
        return Long.parseLong(
                Files.readAllLines(cluster.resolve("postmaster.pid")).get(0).trim());
    }

    private static void writePidFile(long pid, Instant startedAt) throws Exception {
        Files.writeString(
                cluster.resolve("postmaster.pid"),
                pid + "\n" + cluster + "\n" + startedAt.getEpochSecond()
                        + "\n5432\n/tmp\nlocalhost\n  0  0\nready   \n");
    }
}
