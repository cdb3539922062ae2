package com.theogen.export.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import com.theogen.export.ExportProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/** The export sweep as a db-scheduler recurring task, so one replica at a time runs it. */
@Configuration(proxyBeanMethods = false)
class ExportTaskConfiguration {

    @Bean
    RecurringTask<Void> exportSweepTask(@Lazy ExportSweeper sweeper, ExportProperties properties) {
        return Tasks.recurring("theogen-export-sweep", FixedDelay.of(properties.sweepInterval()))
                .execute((instance, context) -> sweeper.sweep());
    }
}
