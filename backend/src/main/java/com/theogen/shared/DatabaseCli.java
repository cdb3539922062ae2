package com.theogen.shared;

import com.theogen.shared.internal.DatabaseCliContext;
import com.theogen.shared.internal.EmbeddedPostgresServer;
import com.theogen.shared.internal.LiquibaseMaintenance;
import java.io.PrintStream;
import java.util.Arrays;
import javax.sql.DataSource;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.NestedExceptionUtils;

/**
 * {@code java -jar theogen.jar db <command>}: schema maintenance against the database the server would
 * use (the embedded cluster in the data directory, or {@code SPRING_DATASOURCE_URL}). Against the embedded
 * database the server must be stopped: the command refuses while a running TheoGen holds the data directory.
 *
 * <pre>
 *   db status                      list changesets and whether each is applied
 *   db update                      apply pending changesets
 *   db rollback-changeset ID       roll back exactly one changeset (e.g. project-002-domain-template)
 *   db rollback-count N            roll back the last N changesets
 *   db rotate-password             embedded database: new passwords for both logins, in the data directory
 * </pre>
 *
 * Spring-style options ({@code --theogen.storage.data-dir=...}) may follow the command.
 */
public final class DatabaseCli {

    private DatabaseCli() {}

    /** Runs one command and returns the process exit code (0 ok, 1 failed, 2 usage). */
    public static int run(String[] args) {
        PrintStream out = System.out;
        String[] words = Arrays.stream(args).filter(a -> !a.startsWith("--")).toArray(String[]::new);
        String[] options = Arrays.stream(args).filter(a -> a.startsWith("--")).toArray(String[]::new);
        if (words.length == 0 || !validArity(words)) {
            out.println("usage: db status | db update | db rollback-changeset ID | db rollback-count N"
                    + " | db rotate-password");
            return 2;
        }
        try (ConfigurableApplicationContext context = openDatabase(options)) {
            LiquibaseMaintenance maintenance = new LiquibaseMaintenance(context.getBean(DataSource.class), out);
            switch (words[0]) {
                case "status" -> maintenance.status();
                case "update" -> maintenance.update();
                case "rollback-changeset" -> maintenance.rollbackChangeSet(words[1]);
                case "rollback-count" -> maintenance.rollbackCount(Integer.parseInt(words[1]));
                case "rotate-password" -> rotatePassword(context, out);
                default -> throw new IllegalStateException("unreachable");
            }
            return 0;
        } catch (RuntimeException e) {
            // the cause, not Spring's "Error creating bean ..." wrapper around it
            System.err.println("db " + words[0] + " failed: "
                    + NestedExceptionUtils.getMostSpecificCause(e).getMessage());
            return 1;
        }
    }

    private static void rotatePassword(ConfigurableApplicationContext context, PrintStream out) {
        EmbeddedPostgresServer server =
                context.getBeanProvider(EmbeddedPostgresServer.class).getIfAvailable();
        if (server == null) {
            throw new IllegalStateException("the database is external (SPRING_DATASOURCE_URL): change the password"
                    + " there and in SPRING_DATASOURCE_PASSWORD");
        }
        server.rotatePasswords();
        out.println("New passwords set for the embedded database and written to <data dir>/"
                + EmbeddedPostgresServer.PASSWORD_FILE + ". Start TheoGen as usual.");
    }

    /**
     * A context without a web server holding the database the server would use (the embedded cluster in the data
     * directory, or {@code SPRING_DATASOURCE_URL}) and the given configuration {@code sources}; Liquibase does not
     * run. For the command-line tools of other modules ({@code account create}); close it when done.
     */
    public static ConfigurableApplicationContext openDatabase(String[] options, Class<?>... sources) {
        return new SpringApplicationBuilder(DatabaseCliContext.class)
                .sources(sources)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .properties("spring.liquibase.enabled=false")
                .run(options);
    }

    private static boolean validArity(String[] words) {
        return switch (words[0]) {
            case "status", "update", "rotate-password" -> words.length == 1;
            case "rollback-changeset" -> words.length == 2;
            case "rollback-count" -> words.length == 2 && words[1].matches("[1-9][0-9]*");
            default -> false;
        };
    }
}
