package com.theogen.security.internal;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.util.UUID;

/**
 * The RSA key the app signs its access tokens with in embedded mode. Generated on first start and kept in
 * {@code <dataDir>/keys/jwt-signing-key.json} (owner read/write only) so tokens stay valid across
 * restarts. Replicas that share the data directory (one compose volume) share the key: when several start
 * at once, exactly one key is written and every replica uses that one. Never logged.
 */
final class JwtSigningKey {

    private JwtSigningKey() {}

    static RSAKey loadOrCreate(Path dataDir) {
        Path file = dataDir.resolve("keys").resolve("jwt-signing-key.json");
        try {
            if (Files.exists(file)) {
                return RSAKey.parse(Files.readString(file, StandardCharsets.UTF_8));
            }
            RSAKey key = new RSAKeyGenerator(2048)
                    .keyUse(KeyUse.SIGNATURE)
                    .keyID(UUID.randomUUID().toString())
                    .generate();
            if (publish(file, key.toJSONString())) {
                return key;
            }
            // another replica published its key first: use that one, or tokens would differ between replicas
            return RSAKey.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write the JWT signing key in " + file.getParent(), e);
        } catch (ParseException | JOSEException e) {
            throw new IllegalStateException("The JWT signing key in " + file + " is unreadable: " + e.getMessage(), e);
        }
    }

    /**
     * Writes the key completely under a temporary name, then links it into place, which fails when the file
     * exists: a reader never sees a partial key and a concurrent writer never replaces a key in use.
     *
     * @return false when another process published a key first
     */
    private static boolean publish(Path file, String json) throws IOException {
        Files.createDirectories(file.getParent());
        Path temp = Files.createTempFile(file.getParent(), "key", ".tmp");
        try {
            try {
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException | FileSystemException ignored) {
                // non-POSIX file systems: the directory's own permissions apply
            }
            Files.writeString(temp, json, StandardCharsets.UTF_8);
            try {
                Files.createLink(file, temp);
            } catch (FileAlreadyExistsException taken) {
                return false;
            } catch (UnsupportedOperationException | FileSystemException noHardLinks) {
                Files.move(temp, file); // no hard links here: without REPLACE_EXISTING this also refuses to replace
            }
            return true;
        } catch (FileAlreadyExistsException taken) {
            return false;
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
