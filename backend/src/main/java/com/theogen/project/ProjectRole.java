package com.theogen.project;

/**
 * A member's role in a project, from least to most rights. Each role includes the rights of the roles before
 * it: viewers read everything and export; coders also code, write memos and run auto-coding and theory jobs;
 * owners also edit the project, manage members and delete interviews or the project.
 */
public enum ProjectRole {
    VIEWER,
    CODER,
    OWNER;

    /** Whether a member holding this role may do what {@code required} allows. */
    public boolean includes(ProjectRole required) {
        return compareTo(required) >= 0;
    }
}
