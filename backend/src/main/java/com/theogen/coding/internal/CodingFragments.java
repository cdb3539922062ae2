package com.theogen.coding.internal;

import com.theogen.analyst.AnalystFragment;
import com.theogen.coding.internal.ProjectDirectory.InterviewInfo;
import com.theogen.interview.Fragment;
import com.theogen.interview.InterviewFragments;
import com.theogen.shared.Language;
import com.theogen.shared.SpokenLanguage;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** A project's fragments as coding sees them: with their interview's language and the interviewer flag. */
@Component
class CodingFragments {

    /** One fragment, annotated; {@code spokenLanguage} is its interview's stored one (null: not detected yet). */
    record Scoped(Fragment fragment, Language language, boolean interviewer, SpokenLanguage spokenLanguage) {

        Scoped(Fragment fragment, Language language, boolean interviewer) {
            this(fragment, language, interviewer, null);
        }

        UUID id() {
            return fragment.id();
        }

        AnalystFragment analyst() {
            return new AnalystFragment(
                    fragment.id(),
                    fragment.interviewId(),
                    fragment.speaker(),
                    interviewer,
                    language,
                    fragment.text(),
                    spokenLanguage);
        }
    }

    private final InterviewFragments fragments;
    private final ProjectDirectory directory;

    CodingFragments(InterviewFragments fragments, ProjectDirectory directory) {
        this.fragments = fragments;
        this.directory = directory;
    }

    /** Every fragment of the project in interview upload order, then ordinal. */
    List<Scoped> ofProject(UUID projectId, Language fallback) {
        List<Fragment> all = fragments.ofProject(projectId);
        Map<UUID, InterviewInfo> interviews = directory.interviews(projectId);
        Set<UUID> interviewer = InterviewerDetector.interviewerFragments(all);
        return all.stream()
                .map(f -> {
                    InterviewInfo info = interviews.get(f.interviewId());
                    return new Scoped(
                            f,
                            info != null ? info.language() : fallback,
                            interviewer.contains(f.id()),
                            info != null ? info.spokenLanguage() : null);
                })
                .toList();
    }
}
