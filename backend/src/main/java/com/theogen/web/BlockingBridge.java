package com.theogen.web;

import java.util.concurrent.Callable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Runs blocking work (JPA, file parsing, remote calls) on a bounded pool so that event-loop threads never
 * block. Controllers wrap every service call in {@link #call} or {@link #run}.
 */
@Component
public class BlockingBridge implements DisposableBean {

    private final Scheduler scheduler;

    public BlockingBridge(WebProperties properties) {
        this.scheduler = Schedulers.newBoundedElastic(
                properties.blockingThreads(), properties.blockingQueue(), "theogen-blocking");
    }

    /** Runs {@code work} on the blocking pool; a {@code null} result completes the Mono empty. */
    public <T> Mono<T> call(Callable<T> work) {
        return Mono.fromCallable(work).subscribeOn(scheduler);
    }

    /** Runs {@code work} on the blocking pool and completes when it is done. */
    public Mono<Void> run(Runnable work) {
        return Mono.fromRunnable(work).subscribeOn(scheduler).then();
    }

    @Override
    public void destroy() {
        scheduler.dispose();
    }
}
