package com.theogen.export;

import com.theogen.shared.Language;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A project's codebook as the codebook exports show it: categories (the hierarchy's upper level, with their
 * definitions) holding their codes, then the codes not grouped yet; each code with its definition, counts and an
 * anchor quote.
 *
 * @param projectTitle the project's name
 * @param language labels follow it
 * @param exportedAt when the codebook was read
 * @param groups categories in name order, the ungrouped codes last (a group whose category is blank)
 * @param links where anchor quotes link to
 */
public record CodebookReport(
        String projectTitle, Language language, Instant exportedAt, List<Group> groups, ReportLinks links) {

    public CodebookReport {
        Objects.requireNonNull(projectTitle, "projectTitle");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(exportedAt, "exportedAt");
        groups = List.copyOf(groups);
        links = links == null ? ReportLinks.NONE : links;
    }

    /**
     * One category and its codes.
     *
     * @param category the category's name; blank for the codes not grouped yet
     * @param definition the category's definition; may be blank
     */
    public record Group(String category, String definition, List<CodebookEntry> codes) {
        public Group {
            category = category == null ? "" : category;
            definition = definition == null ? "" : definition;
            codes = List.copyOf(codes);
        }
    }

    /** Every code, group by group. */
    public List<CodebookEntry> codes() {
        return groups.stream().flatMap(g -> g.codes().stream()).toList();
    }
}
