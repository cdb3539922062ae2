package com.theogen.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.autoconfigure.web.reactive.AutoConfigureWebTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a random port over a real, temporary embedded PostgreSQL (Liquibase applied,
 * Hibernate validating). All tests with this annotation share one Spring context and one database, so they
 * create their own users and never assume an empty table. The client waits up to 30 s for a response (not a
 * timing assertion: on a loaded 2-core machine a first Argon2 registration can exceed the default 5 s).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@AutoConfigureObservability
@AutoConfigureWebTestClient(timeout = "30s")
@Import({ApiClient.class, TestJobHandlers.class})
public @interface IntegrationTest {}
