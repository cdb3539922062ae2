package com.theogen.export;

import com.theogen.support.IntegrationTest;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole application with {@link ExportFixtures} standing in for the theory and coding modules. Its own
 * Spring context (and so its own temporary database); the export directory is its own too, so the export sweep
 * never sees files of another context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@IntegrationTest
@Import(ExportFixtures.class)
@TestPropertySource(
        properties = {
            "theogen.export.directory=target/test-data/exports-it",
            "theogen.export.inline-max-quotes=200",
            "theogen.export.sweep-interval=PT1H"
        })
public @interface ExportIntegrationTest {}
