package com.theogen.demo.internal;

import com.theogen.demo.DemoProjects;
import com.theogen.demo.DemoProperties;
import com.theogen.security.UserRegistered;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Gives every new account its own demo project once the account is committed. A failure is logged and never
 * undoes or fails the registration; the user can create the demo later through the API.
 */
@Component
class DemoSeeder {

    private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);

    private final DemoProjects demos;
    private final DemoProperties properties;

    DemoSeeder(DemoProjects demos, DemoProperties properties) {
        this.demos = demos;
        this.properties = properties;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onUserRegistered(UserRegistered event) {
        if (!properties.seedOnRegistration()) {
            return;
        }
        try {
            demos.create(event.userId());
        } catch (RuntimeException e) {
            log.warn("Could not create the demo project for new user {}", event.userId(), e);
        }
    }
}
