/**
 * Research projects, their domain templates and ownership. Other modules check access through
 * {@link com.theogen.project.ProjectAccess}: a project that is unknown or owned by someone else is the same
 * {@code NOT_FOUND}.
 */
package com.theogen.project;
