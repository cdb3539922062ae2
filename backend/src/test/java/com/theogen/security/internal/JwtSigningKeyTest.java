package com.theogen.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.RSAKey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JwtSigningKeyTest {

    @TempDir
    Path dataDir;

    @Test
    void keepsTheKeyAcrossRestarts() {
        RSAKey first = JwtSigningKey.loadOrCreate(dataDir);

        assertThat(JwtSigningKey.loadOrCreate(dataDir)).isEqualTo(first);
        assertThat(dataDir.resolve("keys/jwt-signing-key.json")).exists();
    }

    @Test
    void replicasStartingTogetherOnOneSharedDirectoryAllSignWithTheSameKey() throws Exception {
        int replicas = 6;
        CyclicBarrier together = new CyclicBarrier(replicas);
        ExecutorService pool = Executors.newFixedThreadPool(replicas);
        try {
            List<Future<RSAKey>> keys = new ArrayList<>();
            for (int i = 0; i < replicas; i++) {
                keys.add(pool.submit(() -> {
                    together.await();
                    return JwtSigningKey.loadOrCreate(dataDir);
                }));
            }
            List<String> used = new ArrayList<>();
            for (Future<RSAKey> key : keys) {
                used.add(key.get().getKeyID());
            }
            RSAKey onDisk = RSAKey.parse(Files.readString(dataDir.resolve("keys/jwt-signing-key.json")));
            assertThat(used).containsOnly(onDisk.getKeyID());
            try (var files = Files.list(dataDir.resolve("keys"))) {
                assertThat(files.map(p -> p.getFileName().toString())).containsExactly("jwt-signing-key.json");
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
