package com.theogen.llm.internal;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingRegistry;
import com.knuddels.jtokkit.api.EncodingResult;
import com.knuddels.jtokkit.api.EncodingType;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Token counts with jtokkit, using the encoding of the model: o200k_base for the gpt-4o, gpt-4.1, gpt-4.5, gpt-5,
 * gpt-oss and o-series families, cl100k_base otherwise, unless configured. Special-token text in interviews is
 * counted as ordinary text, as the provider treats it.
 */
final class TokenCounter {

    /** Framing the chat format adds per message (role and separators) and once for the reply. */
    static final int PER_MESSAGE = 4;

    static final int REPLY_PRIMING = 3;

    /** Framing of a {@code response_format} json_schema around the schema text. */
    static final int SCHEMA_FRAMING = 12;

    private static final Pattern O200K_FAMILY =
            Pattern.compile("(^|[^a-z0-9])(gpt-4o|gpt-4\\.1|gpt-4\\.5|gpt-5|gpt-oss|chatgpt-4o|o[1-9])([^0-9]|$)");

    /** Encodings are immutable and costly to load (o200k_base takes about a second): one registry per process. */
    private static final EncodingRegistry REGISTRY = Encodings.newLazyEncodingRegistry();

    private final EncodingRegistry registry = REGISTRY;

    Encoding encodingFor(String model, String configured) {
        if (configured != null && !configured.isBlank()) {
            EncodingType type = EncodingType.fromName(configured.strip().toLowerCase(Locale.ROOT))
                    .orElseThrow(() -> new IllegalArgumentException("Unknown token encoding '" + configured + "'"));
            return registry.getEncoding(type);
        }
        return registry.getEncoding(defaultEncoding(model));
    }

    static EncodingType defaultEncoding(String model) {
        String name = model.toLowerCase(Locale.ROOT);
        return O200K_FAMILY.matcher(name).find() ? EncodingType.O200K_BASE : EncodingType.CL100K_BASE;
    }

    int count(Encoding encoding, String text) {
        return text == null || text.isEmpty() ? 0 : encoding.countTokensOrdinary(text);
    }

    /** Tokens of a system and a user message plus, when given, the output schema sent with them. */
    int countPrompt(Encoding encoding, RenderedPrompt prompt, String schemaJson) {
        int tokens =
                2 * PER_MESSAGE + REPLY_PRIMING + count(encoding, prompt.system()) + count(encoding, prompt.user());
        if (prompt.hasShared()) {
            tokens += PER_MESSAGE + count(encoding, prompt.shared());
        }
        if (schemaJson != null) {
            tokens += SCHEMA_FRAMING + count(encoding, schemaJson);
        }
        return tokens;
    }

    /** {@code text} cut to {@code maxTokens}, or unchanged when it fits. */
    String truncate(Encoding encoding, String text, int maxTokens) {
        EncodingResult result = encoding.encodeOrdinary(text, maxTokens);
        return result.isTruncated() ? encoding.decode(result.getTokens()) : text;
    }
}
