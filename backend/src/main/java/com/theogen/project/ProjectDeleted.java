package com.theogen.project;

import java.util.UUID;

/**
 * Published inside the transaction that deleted a project; its rows in other modules go by foreign-key cascade
 * in the same transaction. Listeners that own data outside PostgreSQL (the evidence stores) remove it after
 * commit.
 */
public record ProjectDeleted(UUID projectId) {}
