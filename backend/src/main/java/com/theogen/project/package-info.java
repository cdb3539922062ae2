/**
 * Research projects, their domain templates, their members and roles (owner, coder, viewer) and the access policy.
 * Other modules check access through {@link com.theogen.project.ProjectAccess}: a project that is unknown or that
 * the caller is not a member of is the same {@code NOT_FOUND}; a member whose role is too low gets a 403
 * {@code ROLE_REQUIRED} naming the role needed.
 */
package com.theogen.project;
