package com.theogen.job.internal;

import com.github.kagkarlsson.scheduler.boot.config.DbSchedulerCustomizer;
import com.github.kagkarlsson.scheduler.boot.config.DbSchedulerProperties;
import com.sun.jna.Library;
import com.sun.jna.Native;
import com.theogen.job.JobProperties;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The threads that run jobs (docs/adr/040): {@link JobProperties#runWorkers()} of them per node, below normal
 * priority, so that a burst of runs cannot starve request handling of CPU. db-scheduler executes every task on
 * them (jobs and its recurring housekeeping alike) and picks no more executions than there are workers; the
 * others stay in the queue, unpicked, for this node or another replica.
 */
@Configuration(proxyBeanMethods = false)
class JobWorkers {

    static final String THREAD_PREFIX = "theogen-job-";

    private static final Logger log = LoggerFactory.getLogger(JobWorkers.class);

    /** db-scheduler sizes its polling by {@code db-scheduler.threads}: keep it equal to the worker count. */
    @Bean
    static BeanPostProcessor jobWorkerCount(Environment environment) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof DbSchedulerProperties scheduler) {
                    scheduler.setThreads(workers(environment));
                }
                return bean;
            }
        };
    }

    @Bean
    DbSchedulerCustomizer jobWorkerPool(JobProperties properties) {
        ExecutorService pool =
                Executors.newFixedThreadPool(properties.runWorkers(), threads(properties.workerNiceness()));
        log.info(
                "job workers: {} (cores {}), niceness {}",
                properties.runWorkers(),
                Runtime.getRuntime().availableProcessors(),
                properties.workerNiceness());
        return new DbSchedulerCustomizer() {
            @Override
            public Optional<ExecutorService> executorService() {
                return Optional.of(pool);
            }
        };
    }

    /** Read from the environment: the post-processor runs before {@link JobProperties} can be injected. */
    private static int workers(Environment environment) {
        return Binder.get(environment)
                .bind("theogen.job.workers", Integer.class)
                .orElseGet(
                        () -> JobProperties.defaultWorkers(Runtime.getRuntime().availableProcessors()));
    }

    static ThreadFactory threads(int niceness) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(
                    () -> {
                        Niceness.apply(niceness);
                        runnable.run();
                    },
                    THREAD_PREFIX + count.incrementAndGet());
            thread.setPriority(Thread.NORM_PRIORITY - 2);
            return thread;
        };
    }

    /**
     * Lowers the calling thread's scheduling priority. Java thread priorities do nothing on Linux by default, but
     * Linux keeps a nice value per thread, which {@code setpriority(PRIO_PROCESS, 0, n)} sets for the calling
     * thread alone. Elsewhere the same call would renice the whole process, so it is made on Linux only.
     */
    static final class Niceness {

        private static final int PRIO_PROCESS = 0;
        private static final boolean LINUX =
                System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("linux");

        private Niceness() {}

        interface LibC extends Library {
            int setpriority(int which, int who, int prio);
        }

        static void apply(int niceness) {
            if (niceness == 0 || !LINUX) {
                return;
            }
            try {
                if (Holder.LIBC.setpriority(PRIO_PROCESS, 0, niceness) != 0) {
                    log.warn("could not lower the job worker's priority (errno {})", Native.getLastError());
                }
            } catch (LinkageError | RuntimeException unavailable) {
                log.warn("could not lower the job worker's priority: {}", unavailable.toString());
            }
        }

        /** Loaded on first use, so that a platform without JNA's native part fails only here. */
        private static final class Holder {
            static final LibC LIBC = Native.load("c", LibC.class);
        }
    }
}
