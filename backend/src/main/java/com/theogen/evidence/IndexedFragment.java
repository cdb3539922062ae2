package com.theogen.evidence;

import com.theogen.shared.Language;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A fragment as the vector index stores it: its ids, who spoke, its language (which decides the lexical
 * analyzer), its text, and the codes and categories currently applied to it.
 *
 * @param speaker speaker label, {@code null} when the source has none
 * @param codeIds codes applied to the fragment (empty when uncoded, never {@code null})
 * @param categoryIds categories of those codes (empty when none, never {@code null})
 */
public record IndexedFragment(
        UUID projectId,
        UUID interviewId,
        UUID fragmentId,
        String speaker,
        Language language,
        String text,
        List<UUID> codeIds,
        List<UUID> categoryIds) {

    public IndexedFragment {
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(interviewId, "interviewId");
        Objects.requireNonNull(fragmentId, "fragmentId");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(text, "text");
        codeIds = codeIds == null ? List.of() : List.copyOf(codeIds);
        categoryIds = categoryIds == null ? List.of() : List.copyOf(categoryIds);
    }

    /** The same fragment with another coding. */
    public IndexedFragment withCoding(FragmentCoding coding) {
        return new IndexedFragment(
                projectId, interviewId, fragmentId, speaker, language, text, coding.codeIds(), coding.categoryIds());
    }
}
