package com.theogen.llm.internal;

import com.theogen.llm.ByoKey;
import com.theogen.llm.CostMode;
import com.theogen.llm.LlmAccess;
import com.theogen.llm.LlmAccess.KeySource;
import com.theogen.llm.LlmProperties;
import com.theogen.llm.ProviderKind;
import java.util.Optional;

/** Decides, per request, whose key pays or whether the run goes offline; see {@link CostMode}. */
final class AccessPolicy {

    private final ProviderKind provider;
    private final CostMode mode;
    private final boolean allowByoKey;
    private final boolean serverKey;

    AccessPolicy(LlmProperties properties, boolean serverKey) {
        this(properties.provider(), properties, serverKey);
    }

    /** The policy for another provider of the same deployment (speech-to-text) under the same cost mode. */
    AccessPolicy(ProviderKind provider, LlmProperties properties, boolean serverKey) {
        this.provider = provider;
        this.mode = properties.costMode();
        this.allowByoKey = properties.allowByoKey();
        this.serverKey = serverKey;
    }

    LlmAccess decide(Optional<ByoKey> userKey) {
        if (userKey.isPresent() && !allowByoKey) {
            throw LlmErrors.byoKeyNotAllowed();
        }
        if (provider == ProviderKind.OFFLINE) {
            return new LlmAccess(false, false, provider, KeySource.NONE, "provider is offline");
        }
        boolean user = userKey.isPresent();
        return switch (mode) {
            case BYO_KEY -> {
                if (!user) {
                    throw LlmErrors.byoKeyRequired(ByoKey.HEADER);
                }
                yield remote(KeySource.USER, "user's own key (byo_key mode)");
            }
            case HYBRID ->
                user
                        ? remote(KeySource.USER, "user's own key (hybrid mode)")
                        : serverOrDegraded("hybrid mode without the user's key");
            case PAID ->
                serverKey
                        ? remote(KeySource.SERVER, "server key (paid mode)")
                        : user
                                ? remote(KeySource.USER, "user's own key: the server has none (paid mode)")
                                : degraded("paid mode but the server has no key");
        };
    }

    private LlmAccess serverOrDegraded(String why) {
        return serverKey ? remote(KeySource.SERVER, "server key (" + why + ")") : degraded(why + " and no server key");
    }

    private LlmAccess remote(KeySource source, String reason) {
        return new LlmAccess(true, false, provider, source, reason);
    }

    private LlmAccess degraded(String reason) {
        return new LlmAccess(false, true, provider, KeySource.NONE, reason + ": using the offline analyst");
    }
}
