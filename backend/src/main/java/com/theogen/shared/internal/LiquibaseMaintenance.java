package com.theogen.shared.internal;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.RanChangeSet;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.integration.spring.SpringResourceAccessor;
import liquibase.lockservice.LockService;
import liquibase.lockservice.LockServiceFactory;
import org.springframework.core.io.DefaultResourceLoader;

/**
 * Liquibase operations on the application's changelog, opened exactly as Spring Boot opens it at startup
 * (same {@code classpath:} changelog path, same Spring resource accessor), so the changeset paths recorded
 * in {@code databasechangelog} by the running app and by these commands always match.
 */
public final class LiquibaseMaintenance {

    /** The changelog Spring Boot applies at startup ({@code spring.liquibase.change-log}). */
    public static final String CHANGELOG = "classpath:db/changelog/db.changelog-master.yaml";

    /** Liquibase logs through java.util.logging outside Spring; keep its chatter out of command output. */
    private static final java.util.logging.Logger LIQUIBASE_LOG = java.util.logging.Logger.getLogger("liquibase");

    private final DataSource dataSource;
    private final PrintStream out;

    public LiquibaseMaintenance(DataSource dataSource, PrintStream out) {
        this.dataSource = dataSource;
        this.out = out;
        LIQUIBASE_LOG.setLevel(java.util.logging.Level.WARNING);
    }

    /** Applies every changeset not yet applied (idempotent). */
    public void update() {
        withLiquibase(liquibase -> {
            liquibase.update(new Contexts(), new LabelExpression());
            out.println("Database is up to date.");
        });
    }

    /** Rolls back the last {@code count} applied changesets, newest first. */
    public void rollbackCount(int count) {
        withLiquibase(liquibase -> {
            liquibase.rollback(count, (String) null);
            out.println("Rolled back " + count + " changeset(s).");
        });
    }

    /**
     * Rolls back exactly one applied changeset, identified by its id, and removes its row from
     * {@code databasechangelog}; later changesets stay applied. {@link #update()} re-applies it.
     *
     * @throws IllegalArgumentException when no changeset has that id, or it is not applied
     */
    public void rollbackChangeSet(String id) {
        withLiquibase(liquibase -> {
            Database database = liquibase.getDatabase();
            ChangeSet changeSet = findChangeSet(liquibase, id)
                    .orElseThrow(() -> new IllegalArgumentException("No changeset with id '" + id + "'"));
            if (!isApplied(database.getRanChangeSetList(), changeSet)) {
                throw new IllegalArgumentException("Changeset '" + id + "' is not applied");
            }
            LockService lock = LockServiceFactory.getInstance().getLockService(database);
            lock.waitForLock();
            try {
                changeSet.rollback(database);
                database.removeRanStatus(changeSet);
                database.commit();
            } finally {
                lock.releaseLock();
            }
            out.println("Rolled back changeset '" + id + "' (" + changeSet.getFilePath() + ").");
        });
    }

    /** Prints every changeset of the changelog with whether it is applied. */
    public void status() {
        withLiquibase(liquibase -> {
            List<RanChangeSet> ran = liquibase.getDatabase().getRanChangeSetList();
            for (ChangeSet changeSet : liquibase.getDatabaseChangeLog().getChangeSets()) {
                String state = isApplied(ran, changeSet) ? "applied  " : "PENDING  ";
                out.println(state + changeSet.getId() + "  (" + changeSet.getFilePath() + ")");
            }
        });
    }

    /** The ids of the changesets in the changelog, in order. */
    public List<String> changeSetIds() {
        return withLiquibaseResult(liquibase -> liquibase.getDatabaseChangeLog().getChangeSets().stream()
                .map(ChangeSet::getId)
                .toList());
    }

    private static Optional<ChangeSet> findChangeSet(Liquibase liquibase, String id) throws LiquibaseException {
        return liquibase.getDatabaseChangeLog().getChangeSets().stream()
                .filter(changeSet -> changeSet.getId().equals(id))
                .findFirst();
    }

    private static boolean isApplied(List<RanChangeSet> ran, ChangeSet changeSet) {
        return ran.stream().anyMatch(r -> r.isSameAs(changeSet));
    }

    private void withLiquibase(LiquibaseAction action) {
        withLiquibaseResult(liquibase -> {
            action.run(liquibase);
            return null;
        });
    }

    private <T> T withLiquibaseResult(LiquibaseFunction<T> function) {
        SpringResourceAccessor accessor = new SpringResourceAccessor(new DefaultResourceLoader());
        try (Connection connection = dataSource.getConnection()) {
            Database database =
                    DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
            Liquibase liquibase = new Liquibase(CHANGELOG, accessor, database);
            return Scope.child(Map.of(Scope.Attr.resourceAccessor.name(), accessor), () -> function.apply(liquibase));
        } catch (IllegalArgumentException e) {
            throw e;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not connect to the database: " + e.getMessage(), e);
        } catch (Exception e) {
            throw new IllegalStateException("Liquibase operation failed: " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    private interface LiquibaseAction {
        void run(Liquibase liquibase) throws LiquibaseException;
    }

    @FunctionalInterface
    private interface LiquibaseFunction<T> {
        T apply(Liquibase liquibase) throws LiquibaseException;
    }
}
