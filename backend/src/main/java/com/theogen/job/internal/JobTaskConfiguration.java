package com.theogen.job.internal;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import com.theogen.job.JobProperties;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/** The db-scheduler tasks: one execution per job, and a recurring reconciler. */
@Configuration(proxyBeanMethods = false)
class JobTaskConfiguration {

    static final String JOB_TASK = "theogen-job";

    @Bean
    OneTimeTask<String> jobTask(@Lazy JobRunner runner) {
        return Tasks.oneTime(JOB_TASK, String.class)
                .onDeadExecutionRevive()
                .execute((instance, context) -> runner.run(UUID.fromString(instance.getData())));
    }

    @Bean
    RecurringTask<Void> jobReconcilerTask(@Lazy JobReconciler reconciler, JobProperties properties) {
        return Tasks.recurring("theogen-job-reconciler", FixedDelay.of(properties.reconcileInterval()))
                .execute((instance, context) -> reconciler.reconcile());
    }
}
