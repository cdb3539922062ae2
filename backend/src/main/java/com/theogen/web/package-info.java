/**
 * Cross-cutting HTTP: the ProblemDetail error rendering, the bridge that moves blocking work off event-loop
 * threads, and the OpenAPI description. Feature modules keep their controllers in their own {@code web}
 * packages.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package com.theogen.web;
