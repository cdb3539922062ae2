package com.theogen.job;

import com.theogen.support.TestJobHandlers;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/** A user and a project (with its owner member) created straight in the database, for tests of the job machinery. */
record TestProject(UUID id, UUID owner) {

    static TestProject create(JdbcTemplate jdbc) {
        UUID owner = user(jdbc);
        UUID project = UUID.randomUUID();
        jdbc.update(
                "INSERT INTO projects (id, owner_id, name, language, domain_template, created_at, updated_at) "
                        + "VALUES (?, ?, 'jobs', 'en', 'generic', now(), now())",
                project,
                owner);
        jdbc.update(
                "INSERT INTO project_members (project_id, user_id, role, added_at) VALUES (?, ?, 'owner', now())",
                project,
                owner);
        return new TestProject(project, owner);
    }

    /** A user who is no member of any project yet. */
    static UUID user(JdbcTemplate jdbc) {
        UUID id = UUID.randomUUID();
        jdbc.update(
                "INSERT INTO users (id, email, display_name, created_at) VALUES (?, ?, 'j', now())", id, id + "@x.org");
        return id;
    }

    JobRequest request(Map<String, Object> params) {
        return new JobRequest(id, owner, TestJobHandlers.KIND, params);
    }
}
