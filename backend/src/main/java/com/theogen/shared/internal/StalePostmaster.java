package com.theogen.shared.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Clears the way for the embedded server after its JVM died without stopping it ({@code kill -9}, OOM killer, power
 * cut of a container): the {@code postgres} processes outlive the JVM, hold the cluster and its port, and would
 * make every restart fail. A running TheoGen holds a file lock on {@code <cluster>/epg-lock} that the kernel drops
 * when its process dies, so a postmaster of this cluster whose lock is free has no owner left. It is stopped only
 * after {@code postmaster.pid}, the process's command line and its start time all say it is that postmaster: first
 * SIGTERM (PostgreSQL's smart shutdown: it has no sessions left, so it checkpoints and exits), then SIGKILL for it
 * and its children (the next start then runs crash recovery from the write-ahead log).
 */
final class StalePostmaster {

    static final String LOCK_FILE = "epg-lock";
    private static final Logger log = LoggerFactory.getLogger(StalePostmaster.class);
    private static final Duration SMART_SHUTDOWN = Duration.ofSeconds(30);
    private static final Duration AFTER_KILL = Duration.ofSeconds(10);
    /** postmaster.pid records whole seconds, and the kernel's start time is derived from clock ticks. */
    private static final Duration CLOCK_SLACK = Duration.ofSeconds(2);

    private StalePostmaster() {}

    /**
     * Stops an orphaned postmaster of {@code cluster}, or does nothing when there is none.
     *
     * @throws IllegalStateException naming the process and the fix when the cluster is in use by a running TheoGen,
     *     or a live process that is not verifiably its postmaster holds it, or the postmaster does not stop
     */
    static void clear(Path cluster) {
        Path pidFile = cluster.resolve("postmaster.pid");
        if (!Files.exists(cluster.resolve("PG_VERSION"))) {
            return; // not initialised yet
        }
        Optional<PidFile> recorded = PidFile.read(pidFile);
        if (ownedByALiveProcess(cluster)) {
            throw new IllegalStateException("The data directory " + cluster.getParent() + " is in use by another"
                    + " running TheoGen"
                    + recorded.map(p -> " (its PostgreSQL is PID " + p.pid() + ")")
                            .orElse("")
                    + ". Stop that process first, or give this one another THEOGEN_DATA_DIR.");
        }
        if (recorded.isEmpty()) {
            return;
        }
        PidFile entry = recorded.get();
        Optional<ProcessHandle> process = ProcessHandle.of(entry.pid()).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) {
            return; // PostgreSQL replaces a lock file whose process is gone
        }
        ProcessHandle.Info info = process.get().info();
        Optional<Instant> started = info.startInstant();
        if (started.isPresent() && started.get().isAfter(entry.startedAt().plus(CLOCK_SLACK))) {
            // the PID was reused by a process that started after the postmaster that wrote the file
            log.warn("Removing stale {}: PID {} is now another process", pidFile, entry.pid());
            delete(pidFile);
            return;
        }
        String problem = notItsPostmaster(entry, info, cluster);
        if (problem != null) {
            throw new IllegalStateException("The embedded PostgreSQL cannot start: " + pidFile + " names PID "
                    + entry.pid() + ", which is running but " + problem + ". If no PostgreSQL server uses " + cluster
                    + ", stop PID " + entry.pid() + " or delete " + pidFile + ", then start TheoGen again.");
        }
        stop(process.get(), cluster);
    }

    private static boolean ownedByALiveProcess(Path cluster) {
        try (FileChannel channel =
                FileChannel.open(cluster.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException heldInThisJvm) {
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot check whether " + cluster + " is in use", e);
        }
    }

    /** Why the process is not the postmaster of {@code cluster}, or null when everything says it is. */
    private static String notItsPostmaster(PidFile entry, ProcessHandle.Info info, Path cluster) {
        if (!samePath(entry.dataDirectory(), cluster)) {
            return "postmaster.pid was written for " + entry.dataDirectory();
        }
        Optional<String> command = info.command();
        Optional<String[]> arguments = info.arguments();
        if (command.isEmpty() || arguments.isEmpty()) {
            return "its command line cannot be read (another user's process?)";
        }
        if (!Path.of(command.get()).getFileName().toString().equals("postgres")) {
            return "it is " + command.get() + ", not postgres";
        }
        List<String> args = List.of(arguments.get());
        int d = args.indexOf("-D");
        if (d < 0 || d + 1 >= args.size() || !samePath(args.get(d + 1), cluster)) {
            return "it is a postgres of another data directory";
        }
        return null;
    }

    private static void stop(ProcessHandle postmaster, Path cluster) {
        long pid = postmaster.pid();
        List<ProcessHandle> children = postmaster.children().toList();
        log.warn(
                "The embedded PostgreSQL of {} is still running as PID {}, left by a TheoGen process that was killed;"
                        + " stopping it",
                cluster,
                pid);
        postmaster.destroy();
        if (!exited(postmaster, SMART_SHUTDOWN)) {
            log.warn(
                    "PostgreSQL PID {} did not stop within {} s of SIGTERM; killing it",
                    pid,
                    SMART_SHUTDOWN.toSeconds());
            postmaster.destroyForcibly();
            exited(postmaster, AFTER_KILL);
            children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        }
        boolean allGone = exited(postmaster, AFTER_KILL);
        for (ProcessHandle child : children) {
            allGone &= exited(child, AFTER_KILL);
        }
        if (!allGone) {
            throw new IllegalStateException("The embedded PostgreSQL of " + cluster + " (PID " + pid
                    + ") is left over from a TheoGen process that was killed and did not stop. Stop it (kill -9 " + pid
                    + " and its child postgres processes), then start TheoGen again.");
        }
        log.info("Stopped the left-over PostgreSQL PID {}", pid);
    }

    private static boolean exited(ProcessHandle process, Duration patience) {
        try {
            process.onExit().get(patience.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException | ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }

    private static boolean samePath(String recorded, Path cluster) {
        Path path = Path.of(recorded);
        try {
            return Files.isSameFile(path, cluster);
        } catch (IOException e) {
            return path.toAbsolutePath()
                    .normalize()
                    .equals(cluster.toAbsolutePath().normalize());
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + file, e);
        }
    }

    /** The first lines of {@code postmaster.pid}: PID, data directory, start time (seconds since the epoch). */
    record PidFile(long pid, String dataDirectory, Instant startedAt) {

        static Optional<PidFile> read(Path file) {
            try {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                if (lines.size() < 3) {
                    return Optional.empty(); // being written, or truncated: PostgreSQL copes with it
                }
                return Optional.of(new PidFile(
                        Long.parseLong(lines.get(0).trim()),
                        lines.get(1),
                        Instant.ofEpochSecond(Long.parseLong(lines.get(2).trim()))));
            } catch (IOException | NumberFormatException gone) {
                return Optional.empty(); // no file (the common case), or one PostgreSQL will replace
            }
        }
    }
}
