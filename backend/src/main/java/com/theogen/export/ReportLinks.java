package com.theogen.export;

import java.util.UUID;

/**
 * Where a report's quotes link to: the dashboard's transcript page of each quote's interview, scrolled to the
 * fragment with the quote highlighted ({@code <base>/projects/<project>/interviews/<interview>?fragment=<id>
 * &quote=<start>-<end>}, offsets within the fragment, as the dashboard reads them).
 *
 * @param baseUrl the dashboard's public address without a trailing slash ({@code theogen.export.link-base-url});
 *     blank means no links
 * @param projectId the project; null means no links
 */
public record ReportLinks(String baseUrl, UUID projectId) {

    /** No links (fixtures, or a deployment without a public address). */
    public static final ReportLinks NONE = new ReportLinks("", null);

    public ReportLinks {
        baseUrl = baseUrl == null ? "" : baseUrl.strip().replaceAll("/+$", "");
    }

    /** Same project, another base address. */
    public ReportLinks withBase(String base) {
        return new ReportLinks(base, projectId);
    }

    /** Whether quotes of this report can link anywhere. */
    public boolean enabled() {
        return !baseUrl.isBlank() && projectId != null;
    }

    /** The transcript address of a quote, or blank when the report or the quote cannot link. */
    public String quote(EvidenceQuote quote) {
        if (!enabled() || !quote.locatable()) {
            return "";
        }
        int start = quote.fragmentOffset();
        int end = start + quote.text().length();
        return baseUrl + "/projects/" + projectId + "/interviews/" + quote.interviewId() + "?fragment="
                + quote.fragmentId() + "&quote=" + start + "-" + end;
    }

    /** The transcript address of a fragment (no quote highlighted), or blank. */
    public String fragment(EvidenceQuote quote) {
        if (!enabled() || quote.interviewId().isBlank()) {
            return "";
        }
        return baseUrl + "/projects/" + projectId + "/interviews/" + quote.interviewId() + "?fragment="
                + quote.fragmentId();
    }

    /** The transcript address of a fragment by its ids (an agreement report's disagreement), or blank. */
    public String fragment(UUID interviewId, UUID fragmentId) {
        if (!enabled() || interviewId == null || fragmentId == null) {
            return "";
        }
        return baseUrl + "/projects/" + projectId + "/interviews/" + interviewId + "?fragment=" + fragmentId;
    }
}
