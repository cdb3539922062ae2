package com.theogen;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Entity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@AnalyzeClasses(packages = "com.theogen", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** Vendor SDKs of external systems; only adapters (in internal packages) may touch them. */
    private static final String[] VENDOR_SDKS = {
        "io.qdrant..",
        "org.neo4j..",
        "com.openai..",
        "io.zonky..",
        "liquibase..",
        "org.apache.poi..",
        "org.apache.pdfbox..",
        "org.apache.lucene..",
        "dev.langchain4j..",
        "com.knuddels..",
        "okhttp3..",
        "io.grpc..",
        "com.google.protobuf..",
        "ai.onnxruntime..",
        "ai.djl..",
        "org.jgrapht..",
        "org.bytedeco.."
    };

    @ArchTest
    static final ArchRule controllersNeverTouchInternals = noClasses()
            .that()
            .resideInAPackage("com.theogen.*.web..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("..internal..")
            .because("controllers talk to module APIs, never to entities, repositories or adapters");

    /**
     * Inside the theory module the packages form layers: {@code internal} runs the pipeline in {@code
     * internal.pipeline}, and both save and read through {@code internal.store}; none reaches back (issue #23).
     */
    @ArchTest
    static final ArchRule theoryPackagesAreFreeOfCycles =
            slices().matching("com.theogen.theory.(**)").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule entitiesStayInternal = classes()
            .that()
            .areAnnotatedWith(Entity.class)
            .should()
            .resideInAPackage("..internal..")
            .andShould()
            .notBePublic();

    @ArchTest
    static final ArchRule onlyAdaptersUseVendorSdks = noClasses()
            .that()
            .resideOutsideOfPackage("..internal..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(VENDOR_SDKS)
            .because("external systems sit behind ports; their SDKs belong to the adapters");

    @ArchTest
    static final ArchRule controllersLiveInWebPackages =
            classes().that().areAnnotatedWith(RestController.class).should().resideInAPackage("..web..");

    @ArchTest
    static final ArchRule handlersAreReactive = methods()
            .that()
            .areDeclaredInClassesThat()
            .areAnnotatedWith(RestController.class)
            .and()
            .areAnnotatedWith(GetMapping.class)
            .or()
            .areAnnotatedWith(PostMapping.class)
            .or()
            .areAnnotatedWith(PatchMapping.class)
            .or()
            .areAnnotatedWith(PutMapping.class)
            .or()
            .areAnnotatedWith(DeleteMapping.class)
            .or()
            .areAnnotatedWith(RequestMapping.class)
            .should()
            .haveRawReturnType(reactor.core.publisher.Mono.class)
            .orShould()
            .haveRawReturnType(reactor.core.publisher.Flux.class)
            .because("WebFlux is the edge: handlers return Mono/Flux and run blocking work on the bounded bridge");
}
