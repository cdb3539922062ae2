package com.theogen.support;

import com.theogen.shared.internal.EmbeddedPostgresServer;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * An empty database for a migration test, on one embedded PostgreSQL shared by every such test in the JVM: the
 * server (a real cluster, started as the application starts its own, with the application's role owning the
 * database and its {@code public} schema) is created on first use and stopped when the JVM exits. Each {@link
 * #empty()} drops the {@code public} schema with everything in it, Liquibase's tables included, and creates it
 * again, so a test starts from the same empty database a fresh cluster would give it, without paying for a new
 * cluster ({@code initdb}) per test. Tests using it must close their data source before the next test asks again,
 * and must not run concurrently with each other (JUnit runs a class's tests one after another).
 */
public final class MigrationDatabase {

    private static EmbeddedPostgresServer server;

    private MigrationDatabase() {}

    /** A connection pool to an empty database; the caller closes it. */
    public static synchronized HikariDataSource empty() {
        if (server == null) {
            server = EmbeddedPostgresServer.start(null, true, false);
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "migration-database-shutdown"));
        }
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(server.jdbcUrl());
        dataSource.setUsername(server.appUser());
        dataSource.setPassword(server.appPassword());
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA public CASCADE");
            statement.execute("CREATE SCHEMA public");
        } catch (SQLException e) {
            dataSource.close();
            throw new IllegalStateException("Could not empty the migration test database", e);
        }
        return dataSource;
    }
}
