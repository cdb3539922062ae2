package com.theogen.project;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an HTTP operation that works inside one project and names the least role it needs. It documents what the
 * operation's service checks through {@link ProjectAccess#require}: the OpenAPI document lists the role and, above
 * {@code viewer}, the 403 {@code ROLE_REQUIRED} answer. It enforces nothing itself; the role matrix test checks
 * that the declared role is the one the server applies.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface ProjectScoped {

    /** The least role that may call the operation. */
    ProjectRole value();

    /**
     * When a member holding {@link #value()} may still get a 403 {@code ROLE_REQUIRED}: says when (e.g. canceling
     * another member's job needs the owner). Empty when the role alone decides.
     */
    String forbiddenWhen() default "";
}
