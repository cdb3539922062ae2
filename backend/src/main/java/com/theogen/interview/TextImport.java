package com.theogen.interview;

import com.theogen.shared.Language;
import java.util.Objects;

/**
 * A plain-text transcript from another tool, whose positions must stay addressable (see {@link TextOffsets}).
 *
 * @param name the source's name in that tool; becomes the participant label and the source file name
 * @param text the text exactly as the tool holds it (positions refer to it)
 * @param language {@code null} detects it from the text, falling back to the project's
 */
public record TextImport(String name, String text, Language language) {

    public TextImport {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
    }

    @Override
    public String toString() {
        return "TextImport[name=" + name + ", chars=" + text.length() + ", language=" + language + "]";
    }
}
