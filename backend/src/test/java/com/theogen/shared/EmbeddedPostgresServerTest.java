package com.theogen.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.theogen.shared.internal.EmbeddedPostgresServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded server as a local attacker and an operator meet it: no login without the password, the application's
 * role cannot run programs or read password hashes, the passwords stay in a private file of the data directory and
 * survive restarts, and data survives them too.
 */
class EmbeddedPostgresServerTest {

    @TempDir
    static Path dataDir;

    static EmbeddedPostgresServer server;

    @BeforeAll
    static void start() {
        server = EmbeddedPostgresServer.start(dataDir, false, false);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void refusesLoginsWithoutPasswordOrWithAWrongOne() {
        for (String user : new String[] {"postgres", server.appUser()}) {
            assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl() + "?user=" + user)
                            .close())
                    .as("no password for %s", user)
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("password");
            assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), user, "guessed-" + user)
                            .close())
                    .as("wrong password for %s", user)
                    .isInstanceOfSatisfying(
                            SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("28P01"));
        }
        assertThat(dataDir.resolve("postgres/pg_hba.conf"))
                .content()
                .doesNotContainPattern("(?m)^[^#].*\\btrust\\b")
                .contains("scram-sha-256");
    }

    @Test
    void theApplicationRoleOwnsItsDatabaseButIsNoSuperuser() throws Exception {
        try (Connection c = appConnection();
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE owned_by_app (note text)");
            s.execute("DROP TABLE owned_by_app");
            try (ResultSet rs = s.executeQuery(
                    "SELECT rolsuper, rolcreaterole, rolcreatedb FROM pg_roles" + " WHERE rolname = current_user")) {
                assertThat(rs.next()).isTrue();
                assertThat(new boolean[] {rs.getBoolean(1), rs.getBoolean(2), rs.getBoolean(3)})
                        .containsOnly(false);
            }
            s.execute("CREATE TEMP TABLE shell_output (line text)");
            assertThatThrownBy(() -> s.execute("COPY shell_output FROM PROGRAM 'id'"))
                    .isInstanceOfSatisfying(
                            SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42501"));
            assertThatThrownBy(() -> s.executeQuery("SELECT rolpassword FROM pg_authid"))
                    .isInstanceOfSatisfying(
                            SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42501"));
        }
    }

    @Test
    void keepsThePasswordsInAPrivateFileAndTheDataAcrossRestarts() throws Exception {
        Path passwords = dataDir.resolve(EmbeddedPostgresServer.PASSWORD_FILE);
        assertThat(Files.getPosixFilePermissions(passwords)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.getPosixFilePermissions(dataDir.resolve("postgres.log")))
                .as("the server's log holds failing statements with their values")
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        String before = Files.readString(passwords);
        assertThat(before)
                .containsPattern("(?m)^localhost:\\*:theogen:theogen:" + server.appPassword() + "$")
                .containsPattern("(?m)^localhost:\\*:\\*:postgres:\\S{32}$");
        try (Connection c = appConnection();
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE survivors (name text)");
            s.execute("INSERT INTO survivors VALUES ('Ana')");
        }

        server.close();
        server = EmbeddedPostgresServer.start(dataDir, false, false);

        assertThat(Files.readString(passwords)).isEqualTo(before);
        try (Connection c = appConnection();
                Statement s = c.createStatement();
                ResultSet rs =
                        s.executeQuery("SELECT name, current_setting('server_version_num')::int FROM survivors")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("Ana");
            assertThat(rs.getInt(2)).isGreaterThanOrEqualTo(150000);
        }
    }

    @Test
    void aDeletedPasswordFileIsReplacedByNewPasswordsThatTheServerAccepts() throws Exception {
        String oldPassword = server.appPassword();
        server.close();
        Files.delete(dataDir.resolve(EmbeddedPostgresServer.PASSWORD_FILE));

        server = EmbeddedPostgresServer.start(dataDir, false, false);

        assertThat(server.appPassword()).isNotEqualTo(oldPassword);
        assertThat(Files.readString(dataDir.resolve(EmbeddedPostgresServer.PASSWORD_FILE)))
                .contains(server.appPassword());
        appConnection().close();
        assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), server.appUser(), oldPassword))
                .isInstanceOfSatisfying(
                        SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("28P01"));
        superuserConnection(Files.readString(dataDir.resolve(EmbeddedPostgresServer.PASSWORD_FILE)))
                .close();
    }

    private static Connection appConnection() throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl(), server.appUser(), server.appPassword());
    }

    /** As an operator would connect with the password file: the superuser line's password. */
    static Connection superuserConnection(String passwordFile) throws SQLException {
        String password = passwordFile
                .lines()
                .filter(line -> line.startsWith("localhost:*:*:postgres:"))
                .map(line -> line.substring(line.lastIndexOf(':') + 1))
                .findFirst()
                .orElseThrow();
        Properties login = new Properties();
        login.setProperty("user", "postgres");
        login.setProperty("password", password);
        return DriverManager.getConnection(server.jdbcUrl(), login);
    }
}
