package com.theogen;

import com.theogen.security.AccountCli;
import com.theogen.shared.DatabaseCli;
import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * TheoGen entry point. {@code java -jar theogen.jar} starts the server; {@code java -jar theogen.jar db ...}
 * runs a database maintenance command and {@code java -jar theogen.jar account create ...} creates a local account
 * (see RUNBOOK.md), both against the same database the server would use.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class TheoGenApplication {

    public static void main(String[] args) {
        if (args.length > 0 && "db".equals(args[0])) {
            System.exit(DatabaseCli.run(Arrays.copyOfRange(args, 1, args.length)));
        }
        if (args.length > 0 && "account".equals(args[0])) {
            System.exit(AccountCli.run(Arrays.copyOfRange(args, 1, args.length)));
        }
        SpringApplication.run(TheoGenApplication.class, args);
    }
}
