package com.theogen.interview.web;

import com.theogen.interview.InterviewAttributes;
import com.theogen.interview.InterviewAttributes.Attribute;
import com.theogen.project.ProjectRole;
import com.theogen.project.ProjectScoped;
import com.theogen.security.AuthenticatedUser;
import com.theogen.web.BlockingBridge;
import com.theogen.web.RequestBodies;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@Tag(name = "Interviews")
@RestController
class AttributeController {

    /** The largest attributes CSV read. */
    static final int MAX_CSV_BYTES = 8 * 1024 * 1024;

    private final InterviewAttributes attributes;
    private final BlockingBridge blocking;

    AttributeController(InterviewAttributes attributes, BlockingBridge blocking) {
        this.attributes = attributes;
        this.blocking = blocking;
    }

    /** An interview's case variables. */
    record Attributes(UUID interviewId, List<Attribute> attributes) {}

    /** The new set of attributes (replaces every existing one). */
    record AttributesUpdate(@NotNull @Size(max = 200) List<Attribute> attributes) {}

    @Operation(
            operationId = "getInterviewAttributes",
            summary = "An interview's attributes (case variables: name, type, value)")
    @ProjectScoped(ProjectRole.VIEWER)
    @GetMapping("/api/interviews/{interviewId}/attributes")
    Mono<Attributes> get(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable UUID interviewId) {
        return blocking.call(() -> new Attributes(interviewId, attributes.get(user.id(), interviewId)));
    }

    @Operation(
            operationId = "setInterviewAttributes",
            summary = "Replace an interview's attributes; type is text, boolean, integer, float, date or datetime"
                    + " (400 INVALID_ATTRIBUTE names the attribute that does not fit)")
    @ProjectScoped(ProjectRole.CODER)
    @PutMapping("/api/interviews/{interviewId}/attributes")
    Mono<Attributes> put(
            @AuthenticationPrincipal AuthenticatedUser user,
            @PathVariable UUID interviewId,
            @Valid @RequestBody AttributesUpdate body) {
        return blocking.call(
                () -> new Attributes(interviewId, attributes.replace(user.id(), interviewId, body.attributes())));
    }

    @Operation(
            operationId = "getAttributeTable",
            summary = "The project's attributes table: every variable and every interview with its attributes")
    @ProjectScoped(ProjectRole.VIEWER)
    @GetMapping("/api/projects/{projectId}/attributes")
    Mono<InterviewAttributes.AttributeTable> table(
            @AuthenticationPrincipal AuthenticatedUser user, @PathVariable UUID projectId) {
        return blocking.call(() -> attributes.table(user.id(), projectId));
    }

    @Operation(
            operationId = "importAttributes",
            summary = "Set interview attributes from a CSV (text/csv, UTF-8)",
            description = "Header: first column the interview (its id, participant or file name), then one column per"
                    + " variable; comma or semicolon separated, RFC 4180 quoting. Types are inferred per column"
                    + " (boolean, integer, float, date, else text); an empty cell removes the variable; variables not"
                    + " in the file are kept. Rows that name no interview (or several) are listed in unmatched, not"
                    + " applied. 400 INVALID_ATTRIBUTE_CSV names the line.")
    @ProjectScoped(ProjectRole.CODER)
    @PostMapping("/api/projects/{projectId}/attributes/import")
    Mono<InterviewAttributes.AttributeImportResult> importCsv(
            @AuthenticationPrincipal AuthenticatedUser user, @PathVariable UUID projectId, ServerHttpRequest request) {
        return RequestBodies.bytes(request, MAX_CSV_BYTES)
                .flatMap(bytes -> blocking.call(() -> attributes.importCsv(user.id(), projectId, bytes)));
    }
}
