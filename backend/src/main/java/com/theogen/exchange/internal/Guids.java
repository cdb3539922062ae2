package com.theogen.exchange.internal;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/** REFI-QDA GUIDs: read in either of the two spellings the schema allows; written as stable name-based UUIDs. */
final class Guids {

    private static final Pattern GUID =
            Pattern.compile("\\{?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}}?");

    private Guids() {}

    /** Upper-case without braces, so the same GUID matches however a tool spelled it. */
    static String normalize(String guid, String element) {
        String value = guid.strip();
        if (!GUID.matcher(value).matches()) {
            throw QdeReader.invalid("<" + element + "> has guid '" + clip(value) + "', which is not a GUID");
        }
        return value.replace("{", "").replace("}", "").toUpperCase(Locale.ROOT);
    }

    /**
     * A GUID for something TheoGen has no id of its own for (a variable, a case, a coding), derived from what it
     * is, so that exporting an unchanged project again gives the same GUIDs.
     */
    static String derived(String... parts) {
        return UUID.nameUUIDFromBytes(String.join("\u0000", parts).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    private static String clip(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }
}
