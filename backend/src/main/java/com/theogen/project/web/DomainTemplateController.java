package com.theogen.project.web;

import com.theogen.project.DomainTemplate;
import com.theogen.project.DomainTemplateCatalog;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@Tag(name = "Projects")
@RestController
class DomainTemplateController {

    private final DomainTemplateCatalog catalog;

    DomainTemplateController(DomainTemplateCatalog catalog) {
        this.catalog = catalog;
    }

    @Operation(
            operationId = "listDomainTemplates",
            summary = "Domain templates with their actors, critical dimensions and metrics")
    @GetMapping("/api/domain-templates")
    Mono<List<DomainTemplate>> list() {
        return Mono.just(catalog.all());
    }
}
