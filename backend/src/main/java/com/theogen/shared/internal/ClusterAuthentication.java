package com.theogen.shared.internal;

import com.theogen.shared.internal.PostgresCredentials.Login;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.postgresql.util.PasswordUtil;

/**
 * Makes a stopped cluster accept password logins only, before its server starts: the superuser's password is set
 * in single-user mode (no network, no login, nothing another local user could race) and {@code pg_hba.conf} is
 * rewritten to SCRAM for every connection. Runs at every start, so a cluster initialised with {@code trust} by
 * earlier versions is converted on its first start, and a replaced password file takes effect.
 */
final class ClusterAuthentication {

    static final String HBA =
            """
            # Managed by TheoGen: rewritten at every start of the embedded server. Edits here are lost.
            # Every login needs its password (SCRAM); the server listens on localhost only.
            local   all   all                  scram-sha-256
            host    all   all   127.0.0.1/32   scram-sha-256
            host    all   all   ::1/128        scram-sha-256
            """;

    private static final long SINGLE_USER_TIMEOUT_SECONDS = 120;

    private ClusterAuthentication() {}

    static void secure(Path cluster, Login superuser) {
        setPasswordInSingleUserMode(cluster, superuser);
        writeHba(cluster);
    }

    /** A role's password as PostgreSQL stores it: the plain password never reaches the server or its log. */
    static String scramVerifier(Login login) {
        return PasswordUtil.encodeScramSha256(login.password().toCharArray());
    }

    private static void setPasswordInSingleUserMode(Path cluster, Login superuser) {
        List<String> command = PostgresBinaries.command("postgres", "--single", "-D", cluster.toString(), "postgres");
        String sql = "ALTER ROLE " + superuser.user() + " WITH PASSWORD '" + scramVerifier(superuser) + "';\n";
        try {
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            try (OutputStream stdin = process.getOutputStream()) {
                stdin.write(sql.getBytes(StandardCharsets.UTF_8));
            }
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(SINGLE_USER_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("PostgreSQL in single-user mode did not finish in "
                        + SINGLE_USER_TIMEOUT_SECONDS + " s (cluster " + cluster + ")");
            }
            if (process.exitValue() != 0 || output.contains("ERROR:") || output.contains("FATAL:")) {
                throw new IllegalStateException("Could not set the database password in single-user mode (cluster "
                        + cluster + "): " + redact(output));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not run PostgreSQL in single-user mode", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while preparing the embedded database", e);
        }
    }

    private static void writeHba(Path cluster) {
        Path hba = cluster.resolve("pg_hba.conf");
        try {
            Path temp = Files.createTempFile(cluster, "pg_hba", ".tmp");
            Files.writeString(temp, HBA, StandardCharsets.UTF_8);
            Files.move(temp, hba, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + hba, e);
        }
    }

    private static String redact(String output) {
        return output.replaceAll("SCRAM-SHA-256\\$[^'\\s]*", "<redacted>").strip();
    }
}
