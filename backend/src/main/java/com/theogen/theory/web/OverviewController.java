package com.theogen.theory.web;

import com.theogen.coding.CodingOverview;
import com.theogen.coding.CodingOverview.CoderFragments;
import com.theogen.coding.CodingOverview.Figures;
import com.theogen.project.ProjectRole;
import com.theogen.project.ProjectScoped;
import com.theogen.security.AuthenticatedUser;
import com.theogen.theory.Theories;
import com.theogen.web.BlockingBridge;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@Tag(name = "Theories")
@RestController
class OverviewController {

    private final CodingOverview coding;
    private final Theories theories;
    private final BlockingBridge blocking;

    OverviewController(CodingOverview coding, Theories theories, BlockingBridge blocking) {
        this.coding = coding;
        this.theories = theories;
        this.blocking = blocking;
    }

    /**
     * The study at a glance; see {@link Figures} for what each figure counts.
     *
     * @param theoryVersions saved theories of the project
     */
    record StudyOverview(
            UUID projectId,
            int interviews,
            int participants,
            long words,
            int fragments,
            int participantFragments,
            int codedFragments,
            List<CoderFragments> codedByCoder,
            int codes,
            int categories,
            long theoryVersions) {}

    @Operation(
            operationId = "getStudyOverview",
            summary = "The study at a glance: interviews, participants (non-interviewer speakers, once per interview),"
                    + " words, fragments, fragments coded in all and by coder, codes, categories, theory versions")
    @ProjectScoped(ProjectRole.VIEWER)
    @GetMapping("/api/projects/{projectId}/overview")
    Mono<StudyOverview> overview(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable UUID projectId) {
        return blocking.call(() -> {
            Figures f = coding.figures(user.id(), projectId);
            long versions = theories.history(projectId, user.id(), 0, 1).getTotalElements();
            return new StudyOverview(
                    projectId,
                    f.interviews(),
                    f.participants(),
                    f.words(),
                    f.fragments(),
                    f.participantFragments(),
                    f.codedFragments(),
                    f.byCoder(),
                    f.codes(),
                    f.categories(),
                    versions);
        });
    }
}
