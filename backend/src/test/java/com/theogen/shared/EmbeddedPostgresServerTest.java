package com.theogen.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.theogen.shared.internal.EmbeddedPostgresServer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresServerTest {

    @TempDir
    Path dataDir;

    @Test
    void keepsDataInTheDataDirectoryAcrossRestarts() throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir, false)) {
            execute(server, "CREATE TABLE survivors (name text)");
            execute(server, "INSERT INTO survivors VALUES ('Ana')");
        }
        assertThat(dataDir.resolve("postgres/PG_VERSION")).exists();

        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir, false);
                Connection c = DriverManager.getConnection(server.jdbcUrl());
                Statement s = c.createStatement();
                ResultSet rs =
                        s.executeQuery("SELECT name, current_setting('server_version_num')::int FROM survivors")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("Ana");
            assertThat(rs.getInt(2)).isGreaterThanOrEqualTo(150000);
        }
    }

    private static void execute(EmbeddedPostgresServer server, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(server.jdbcUrl());
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
