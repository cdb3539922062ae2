package com.theogen.shared.internal;

import com.theogen.shared.internal.PostgresCredentials.Login;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * The role the application connects as: it may log in and owns the {@code theogen} database, its {@code public}
 * schema and every object in it (so Liquibase and db-scheduler can create, alter and drop their tables), and it is
 * nothing more: no superuser, no role or database creation, no replication, no server-side programs or files.
 * Applied at every start as the superuser; objects a cluster of an earlier version created as the superuser are
 * handed over to the role, their data untouched.
 */
final class ApplicationRole {

    private static final String OWNED_BY_OTHERS =
            """
            DO $$
            DECLARE object record;
            BEGIN
              IF (SELECT nspowner::regrole::text FROM pg_namespace WHERE nspname = 'public')
                  NOT IN ('pg_database_owner', '%1$s') THEN
                EXECUTE 'ALTER SCHEMA public OWNER TO %1$s';
              END IF;
              FOR object IN
                SELECT c.oid::regclass AS name,
                       CASE c.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW'
                                      WHEN 'm' THEN 'MATERIALIZED VIEW' ELSE 'TABLE' END AS kind
                FROM pg_class c
                WHERE c.relnamespace = 'public'::regnamespace
                  AND c.relkind IN ('r', 'p', 'v', 'm', 'S')
                  AND c.relowner <> '%1$s'::regrole
                  -- a sequence that belongs to a column follows its table
                  AND NOT (c.relkind = 'S' AND EXISTS (
                        SELECT 1 FROM pg_depend d
                        WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype IN ('a', 'i')))
              LOOP
                EXECUTE format('ALTER %%s %%s OWNER TO %1$s', object.kind, object.name);
              END LOOP;
            END $$
            """;

    private ApplicationRole() {}

    static void apply(int port, Login superuser, Login app, String database) {
        try (Connection connection = connect(port, "postgres", superuser);
                Statement statement = connection.createStatement()) {
            if (!exists(statement, "SELECT 1 FROM pg_roles WHERE rolname = '" + app.user() + "'")) {
                statement.execute("CREATE ROLE " + app.user());
            }
            statement.execute("ALTER ROLE " + app.user()
                    + " WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD '"
                    + ClusterAuthentication.scramVerifier(app) + "'");
            if (!exists(statement, "SELECT 1 FROM pg_database WHERE datname = '" + database + "'")) {
                statement.execute(
                        "CREATE DATABASE " + database + " OWNER " + app.user() + " ENCODING 'UTF8' TEMPLATE template0");
            } else {
                statement.execute("ALTER DATABASE " + database + " OWNER TO " + app.user());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare the application role of the embedded database", e);
        }
        try (Connection connection = connect(port, database, superuser);
                Statement statement = connection.createStatement()) {
            statement.execute(OWNED_BY_OTHERS.formatted(app.user()));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not hand the embedded database's tables to the application role", e);
        }
    }

    /** Sets both roles' passwords on a running server, as its superuser. */
    static void changePasswords(int port, Login currentSuperuser, PostgresCredentials next) {
        try (Connection connection = connect(port, "postgres", currentSuperuser);
                Statement statement = connection.createStatement()) {
            for (Login login : new Login[] {next.app(), next.superuser()}) {
                statement.execute("ALTER ROLE " + login.user() + " WITH PASSWORD '"
                        + ClusterAuthentication.scramVerifier(login) + "'");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not change the embedded database's passwords", e);
        }
    }

    static Connection connect(int port, String database, Login login) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", login.user());
        properties.setProperty("password", login.password());
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/" + database, properties);
    }

    private static boolean exists(Statement statement, String query) throws SQLException {
        try (ResultSet rs = statement.executeQuery(query)) {
            return rs.next();
        }
    }
}
