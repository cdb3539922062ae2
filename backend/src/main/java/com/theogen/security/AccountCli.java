package com.theogen.security;

import com.theogen.security.internal.AccountCliConfiguration;
import com.theogen.shared.DatabaseCli;
import com.theogen.shared.DomainException;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar theogen.jar account create EMAIL [--display-name=NAME]}: an operator creates a local account,
 * the only way to get one when {@code theogen.security.registration=closed}. The password is read from the
 * terminal (not echoed) or, when standard input is not a terminal, from its first line; never from the command
 * line, where other users of the machine could read it. The account starts without the demo project ({@code POST
 * /api/demo-project} adds it). Runs against the database the server would use: stop the server first when it is
 * the embedded one; Spring-style options ({@code --theogen.storage.data-dir=...}) may follow.
 */
public final class AccountCli {

    static final String USAGE = "usage: account create EMAIL [--display-name=NAME]   (password on standard input)";
    private static final String DISPLAY_NAME = "--display-name=";

    private AccountCli() {}

    /** Runs one command and returns the process exit code (0 created, 1 failed, 2 usage). */
    public static int run(String[] args) {
        Console console = System.console();
        PasswordSource password = console != null
                ? () -> {
                    char[] typed = console.readPassword("Password (10 to 200 characters): ");
                    return typed == null ? null : new String(typed);
                }
                : () -> new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        return run(args, password, System.out, System.err);
    }

    /** Where the password comes from; {@code null} when there is none. */
    @FunctionalInterface
    public interface PasswordSource {
        String read() throws IOException;
    }

    /** {@link #run(String[])} with explicit input and output (tests). */
    public static int run(String[] args, PasswordSource passwords, PrintStream out, PrintStream err) {
        List<String> words =
                Arrays.stream(args).filter(a -> !a.startsWith("--")).toList();
        String displayName = Arrays.stream(args)
                .filter(a -> a.startsWith(DISPLAY_NAME))
                .map(a -> a.substring(DISPLAY_NAME.length()))
                .findFirst()
                .orElse(null);
        String[] options = Arrays.stream(args)
                .filter(a -> a.startsWith("--") && !a.startsWith(DISPLAY_NAME))
                .toArray(String[]::new);
        if (words.size() != 2
                || !"create".equals(words.get(0))
                || !words.get(1).contains("@")
                || words.get(1).length() > 320) {
            out.println(USAGE);
            return 2;
        }
        String password;
        try {
            password = passwords.read();
        } catch (IOException e) {
            password = null;
        }
        if (password == null || password.length() < 10 || password.length() > 200) {
            err.println("account create: the password must be 10 to 200 characters (read from standard input)");
            return 2;
        }
        try (ConfigurableApplicationContext context =
                DatabaseCli.openDatabase(options, AccountCliConfiguration.class)) {
            Accounts.AccountView created = context.getBean(Accounts.class).create(words.get(1), password, displayName);
            out.println("created account " + created.email() + " (" + created.id() + ")");
            return 0;
        } catch (DomainException e) {
            err.println("account create failed: " + e.getMessage());
            return 1;
        } catch (RuntimeException e) {
            err.println("account create failed: " + rootMessage(e)
                    + " (is the server stopped, and has it started once to create the schema?)");
            return 1;
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
