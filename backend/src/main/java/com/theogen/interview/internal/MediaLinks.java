package com.theogen.interview.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs playback links: {@code HMAC-SHA256(key, "<interview-id>:<expires-epoch-seconds>")}, base64url. The key
 * lives in {@code <data-dir>/keys/media-link-key} (owner-only), so replicas sharing the data directory accept each
 * other's links and links survive a restart; deleting the file revokes every link at the next start.
 */
final class MediaLinks {

    private final Duration ttl;
    private final byte[] key;
    private final Clock clock;

    MediaLinks(Duration ttl, byte[] key) {
        this(ttl, key, Clock.systemUTC());
    }

    MediaLinks(Duration ttl, byte[] key, Clock clock) {
        this.ttl = ttl;
        this.key = key.clone();
        this.clock = clock;
    }

    record Signed(long expires, String signature) {}

    Signed sign(UUID interviewId) {
        long expires = clock.instant().plus(ttl).getEpochSecond();
        return new Signed(expires, signature(interviewId, expires));
    }

    /** Whether {@code signature} is this server's for the interview and {@code expires} has not passed. */
    boolean verify(UUID interviewId, long expires, String signature) {
        if (signature == null || expires < clock.instant().getEpochSecond()) {
            return false;
        }
        byte[] expected = signature(interviewId, expires).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII));
    }

    Instant expiresAt(Signed signed) {
        return Instant.ofEpochSecond(signed.expires());
    }

    private String signature(UUID interviewId, long expires) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] sig = mac.doFinal((interviewId + ":" + expires).getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(sig);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is always available", e);
        }
    }

    static byte[] loadOrCreateKey(Path dataDir) {
        Path file = dataDir.resolve("keys").resolve("media-link-key");
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                byte[] fresh = new byte[32];
                new SecureRandom().nextBytes(fresh);
                Path temp = Files.createTempFile(file.getParent(), "media", ".tmp");
                Files.write(temp, fresh);
                try {
                    Files.move(temp, file);
                } catch (FileAlreadyExistsException raced) {
                    Files.deleteIfExists(temp);
                }
                restrict(file);
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create " + file, e);
        }
    }

    private static void restrict(Path file) {
        try {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system: the data directory's own permissions protect it
        }
    }
}
