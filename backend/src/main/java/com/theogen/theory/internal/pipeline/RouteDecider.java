package com.theogen.theory.internal.pipeline;

import com.theogen.theory.TheoryProperties;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Chooses the pipeline route of a project: a stable hash of the project id puts it in one of 100 buckets; buckets
 * below {@code canary-percent} take the other route than {@code route}. The same project always lands in the same
 * bucket, so raising the percentage only ever moves projects onto the canary, never back and forth.
 */
@Component
class RouteDecider {

    record Decision(TheoryProperties.Route route, int bucket, String reason) {}

    Decision decide(UUID projectId, TheoryProperties settings) {
        int bucket = bucket(projectId);
        boolean canary = bucket < settings.canaryPercent();
        TheoryProperties.Route route = canary ? settings.route().other() : settings.route();
        String reason = "bucket " + bucket + (canary ? " < " : " >= ") + "canary-percent " + settings.canaryPercent()
                + " of route " + settings.route().code();
        return new Decision(route, bucket, reason);
    }

    static int bucket(UUID projectId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(projectId.toString().getBytes(StandardCharsets.US_ASCII));
            return Math.floorMod(ByteBuffer.wrap(digest).getInt(), 100);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
