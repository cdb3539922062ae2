package com.theogen.interview;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an endpoint that reads an {@link AttributeFilter} from its query parameters, so the API document lists the
 * free-form {@code attr.<name>=<value>} parameters once, the same way for every such endpoint.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface AttributeFilterQuery {}
