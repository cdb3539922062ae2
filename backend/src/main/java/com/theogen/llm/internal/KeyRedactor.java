package com.theogen.llm.internal;

import java.util.Collection;

/**
 * Removes keys from provider messages before they reach a log line or an exception: some providers echo (part
 * of) the key they rejected.
 */
final class KeyRedactor {

    private static final int MAX_MESSAGE = 300;

    private KeyRedactor() {}

    static String redact(String text, Collection<String> secrets) {
        if (text == null) {
            return "";
        }
        String out = text;
        for (String secret : secrets) {
            if (secret != null && secret.length() >= 4) {
                out = out.replace(secret, "[redacted]");
                // a provider may echo a recognisable part of a long key, e.g. "sk-abc...wxyz"
                if (secret.length() >= 16) {
                    out = out.replace(secret.substring(0, secret.length() / 2), "[redacted]");
                    out = out.replace(secret.substring(secret.length() / 2), "[redacted]");
                }
            }
        }
        out = out.replaceAll("\\s+", " ").strip();
        return out.length() > MAX_MESSAGE ? out.substring(0, MAX_MESSAGE) + "…" : out;
    }
}
