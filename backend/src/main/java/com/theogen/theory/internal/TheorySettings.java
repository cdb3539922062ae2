package com.theogen.theory.internal;

import com.theogen.theory.TheoryProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Reads {@code theogen.theory.*} from the environment at the start of every run (not once at startup), so the
 * route flag and canary percentage take effect for the next run whenever the environment's property sources change
 * (a config refresh, an added property source), without a rebuild. Falls back to the startup values.
 */
@Component
class TheorySettings {

    private final Environment environment;
    private final TheoryProperties startup;

    TheorySettings(Environment environment, TheoryProperties startup) {
        this.environment = environment;
        this.startup = startup;
    }

    TheoryProperties current() {
        return Binder.get(environment)
                .bind("theogen.theory", TheoryProperties.class)
                .orElse(startup);
    }
}
