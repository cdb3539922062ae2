package com.theogen.shared.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The two logins of the embedded cluster: the superuser ({@code postgres}, used only by TheoGen's own start-up
 * maintenance) and the application role ({@code theogen}, not a superuser, owner of the {@code theogen} database).
 * Both passwords are random and kept in one file in libpq's password-file format, owner read/write only, so an
 * operator can hand it to {@code psql} as {@code PGPASSFILE}. The file is the source of truth: every start of the
 * server sets both roles' passwords from it, so replacing or deleting it (a new one is generated) rotates them.
 */
record PostgresCredentials(Login superuser, Login app) {

    static final String SUPERUSER = "postgres";
    static final String APP_ROLE = "theogen";
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final int LENGTH = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A role name and its password; the password never appears in {@link #toString()}. */
    record Login(String user, String password) {
        @Override
        public String toString() {
            return "Login[user=" + user + ", password=<redacted>]";
        }
    }

    static PostgresCredentials generate() {
        return new PostgresCredentials(new Login(SUPERUSER, randomPassword()), new Login(APP_ROLE, randomPassword()));
    }

    /** Reads the file, or creates it with new passwords when it does not exist (never replaces one). */
    static PostgresCredentials loadOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                PostgresCredentials created = generate();
                if (created.publish(file)) {
                    return created;
                }
            }
            return read(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write the database password file " + file, e);
        }
    }

    /** Replaces the file with these credentials in one step (readers see the old file or the new one). */
    void replace(Path file) {
        try {
            Path temp = writeTemp(file);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the database password file " + file, e);
        }
    }

    private boolean publish(Path file) throws IOException {
        Path temp = writeTemp(file);
        try {
            Files.createLink(file, temp);
            return true;
        } catch (FileAlreadyExistsException taken) {
            return false;
        } catch (UnsupportedOperationException | FileSystemException noHardLinks) {
            Files.move(temp, file); // without REPLACE_EXISTING this also refuses to replace a file
            return true;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private Path writeTemp(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Path temp = Files.createTempFile(file.getParent(), "pgpass", ".tmp");
        try {
            Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | FileSystemException ignored) {
            // non-POSIX file systems: the directory's own permissions apply
        }
        String text = "# TheoGen embedded PostgreSQL logins (libpq password file). Delete this file and restart"
                + " TheoGen, or run `db rotate-password`, to change both passwords.\n"
                + line("*", superuser) + line(EmbeddedPostgresServer.DATABASE, app);
        Files.writeString(temp, text, StandardCharsets.UTF_8);
        return temp;
    }

    private static String line(String database, Login login) {
        return "localhost:*:" + database + ":" + login.user() + ":" + login.password() + "\n";
    }

    private static PostgresCredentials read(Path file) throws IOException {
        Map<String, String> passwords = new HashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            List<String> fields = fields(line);
            if (fields.size() == 5) {
                passwords.putIfAbsent(fields.get(3), fields.get(4));
            }
        }
        String superuser = passwords.get(SUPERUSER);
        String app = passwords.get(APP_ROLE);
        if (superuser == null || superuser.isEmpty() || app == null || app.isEmpty()) {
            throw new IllegalStateException("The database password file " + file + " has no password for '" + SUPERUSER
                    + "' or '" + APP_ROLE + "'. Delete it and start again: new passwords are generated and applied.");
        }
        return new PostgresCredentials(new Login(SUPERUSER, superuser), new Login(APP_ROLE, app));
    }

    /** The fields of one password-file line ({@code host:port:db:user:password}, {@code \} escapes). */
    private static List<String> fields(String line) {
        if (line.isBlank() || line.startsWith("#")) {
            return List.of();
        }
        List<String> out = new java.util.ArrayList<>();
        StringBuilder field = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                field.append(line.charAt(++i));
            } else if (c == ':' && out.size() < 4) {
                out.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        out.add(field.toString());
        return out;
    }

    private static String randomPassword() {
        StringBuilder out = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            out.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return out.toString();
    }
}
