package com.theogen.shared.internal;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Component;

/**
 * Spring Data repositories bootstrap lazily ({@code spring.data.jpa.repositories.bootstrap-mode: lazy}, issue
 * #22): the server answers as soon as the context is refreshed instead of first waiting for Hibernate and every
 * repository. Once the application is ready this creates them all on a background thread, so the first requests
 * rarely pay for it; a request that comes earlier creates (or waits for) the repository it needs itself.
 */
@Component
class StartupWarmup {

    private static final Logger log = LoggerFactory.getLogger(StartupWarmup.class);

    private final ListableBeanFactory beans;

    StartupWarmup(ListableBeanFactory beans) {
        this.beans = beans;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        Thread thread = new Thread(this::createRepositories, "theogen-warmup");
        thread.setDaemon(true);
        thread.start();
    }

    /** Creates every repository bean (idempotent: beans are singletons); returns how many there are. */
    int createRepositories() {
        long started = System.nanoTime();
        try {
            Map<String, Repository> repositories = beans.getBeansOfType(Repository.class);
            log.info(
                    "{} repositories ready {} ms after the application",
                    repositories.size(),
                    (System.nanoTime() - started) / 1_000_000);
            return repositories.size();
        } catch (RuntimeException e) {
            // the context is closing, or a repository cannot be created: the request that needs it will say so
            log.warn("Repository warm-up stopped: {}", e.toString());
            return 0;
        }
    }
}
