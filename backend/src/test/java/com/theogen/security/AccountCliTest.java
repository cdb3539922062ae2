package com.theogen.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.theogen.shared.internal.DatabaseCliContext;
import com.theogen.support.DataDirectories;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.liquibase.LiquibaseAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * {@code java -jar theogen.jar account create}, as an operator runs it against an installation's embedded database
 * (migrated by the server at its first start): the one way to get an account when registration is closed.
 */
class AccountCliTest {

    /** Created and migrated once; each test gets a copy of the stopped installation as its own data directory. */
    @TempDir
    static Path installation;

    @TempDir
    Path dataDir;

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeAll
    static void migrateLikeTheServerDoesAtItsFirstStart() {
        new SpringApplicationBuilder(MigratingContext.class)
                .web(WebApplicationType.NONE)
                .run(
                        "--theogen.storage.data-dir=" + installation,
                        "--spring.liquibase.change-log=classpath:db/changelog/db.changelog-master.yaml")
                .close();
    }

    @BeforeEach
    void copyOfTheMigratedInstallation() {
        DataDirectories.copy(installation, dataDir);
    }

    @Test
    void createsALocalAccountWithAnArgon2HashOfThePasswordReadFromStandardInput() {
        int exit = run(
                "correct horse battery staple",
                "create",
                "Ana@Example.org",
                "--display-name=Ana Ruiz",
                dataDirOption());

        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("created account ana@example.org");
        Map<String, Object> user =
                query(jdbc -> jdbc.queryForMap("SELECT email, display_name, password_hash FROM users"));
        assertThat(user.get("email")).isEqualTo("ana@example.org");
        assertThat(user.get("display_name")).isEqualTo("Ana Ruiz");
        String hash = (String) user.get("password_hash");
        assertThat(hash).startsWith("$argon2id$").doesNotContain("correct horse");
        assertThat(Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8().matches("correct horse battery staple", hash))
                .isTrue();
    }

    @Test
    void refusesATakenEmailAShortPasswordAndBadUsage() {
        assertThat(run("correct horse battery staple", "create", "bo@example.org", dataDirOption()))
                .isZero();

        assertThat(run("another long passphrase", "create", "BO@example.org", dataDirOption()))
                .isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("already exists");
        assertThat(run("short", "create", "cy@example.org", dataDirOption())).isEqualTo(2);
        assertThat(run(null, "create", "cy@example.org", dataDirOption())).isEqualTo(2);
        assertThat(run("correct horse battery staple", "delete", "bo@example.org", dataDirOption()))
                .isEqualTo(2);
        assertThat(run("correct horse battery staple", "create", "not-an-email", dataDirOption()))
                .isEqualTo(2);
        Long users = query(jdbc -> jdbc.queryForObject("SELECT count(*) FROM users", Long.class));
        assertThat(users).isEqualTo(1);
    }

    private int run(String password, String... args) {
        return AccountCli.run(
                args,
                () -> password,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String dataDirOption() {
        return "--theogen.storage.data-dir=" + dataDir;
    }

    private <T> T query(Function<JdbcTemplate, T> read) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(DatabaseCliContext.class)
                .web(WebApplicationType.NONE)
                .run(dataDirOption())) {
            return read.apply(new JdbcTemplate(context.getBean(DataSource.class)));
        }
    }

    @Configuration(proxyBeanMethods = false)
    @Import(DatabaseCliContext.class)
    @ImportAutoConfiguration(LiquibaseAutoConfiguration.class)
    static class MigratingContext {}
}
