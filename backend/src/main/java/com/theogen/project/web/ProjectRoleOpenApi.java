package com.theogen.project.web;

import com.theogen.project.ProjectRole;
import com.theogen.project.ProjectScoped;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.Arrays;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Documents the role each {@link ProjectScoped} operation needs: an {@code x-required-role} extension, a sentence
 * in the description, the 404 every non-member gets and, above {@code viewer}, the 403 {@code ROLE_REQUIRED}.
 */
@Configuration(proxyBeanMethods = false)
class ProjectRoleOpenApi {

    static final String PROBLEM = "ProjectAccessProblem";
    private static final String PROBLEM_JSON = "application/problem+json";

    @Bean
    GlobalOperationCustomizer projectRoleOperations() {
        return (operation, handler) -> {
            ProjectScoped scoped = handler.getMethodAnnotation(ProjectScoped.class);
            if (scoped != null) {
                describe(operation, scoped.value(), scoped.forbiddenWhen());
            }
            return operation;
        };
    }

    @Bean
    GlobalOpenApiCustomizer projectAccessProblemSchema() {
        return openApi -> {
            if (openApi.getComponents() == null) {
                openApi.setComponents(new Components());
            }
            openApi.getComponents().addSchemas(PROBLEM, problemSchema());
        };
    }

    private static void describe(Operation operation, ProjectRole role, String forbiddenWhen) {
        operation.addExtension("x-required-role", role.code());
        String needs = "Needs the " + role.code() + " role in the project.";
        operation.setDescription(operation.getDescription() == null ? needs : operation.getDescription() + " " + needs);
        if (operation.getResponses() == null) {
            operation.setResponses(new ApiResponses());
        }
        operation.getResponses().putIfAbsent("404", problem("Unknown project, or you are not a member of it"));
        if (!forbiddenWhen.isEmpty()) {
            operation.getResponses().putIfAbsent("403", problem("ROLE_REQUIRED when " + forbiddenWhen));
        } else if (role != ProjectRole.VIEWER) {
            operation
                    .getResponses()
                    .putIfAbsent(
                            "403",
                            problem("ROLE_REQUIRED: you are a member whose role is below " + role.code()
                                    + " (required_role says which role is needed)"));
        }
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse()
                .description(description)
                .content(new Content()
                        .addMediaType(
                                PROBLEM_JSON,
                                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
    }

    private static Schema<?> problemSchema() {
        StringSchema roles = new StringSchema();
        Arrays.stream(ProjectRole.values()).forEach(r -> roles.addEnumItem(r.code()));
        return new ObjectSchema()
                .description("RFC 9457 problem detail; required_role and role only with ROLE_REQUIRED")
                .addProperty("type", new StringSchema())
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema())
                .addProperty("error_code", new StringSchema())
                .addProperty("required_role", roles)
                .addProperty("role", roles);
    }
}
