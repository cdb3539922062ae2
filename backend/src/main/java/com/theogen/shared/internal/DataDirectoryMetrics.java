package com.theogen.shared.internal;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.config.MeterFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Spring Boot's disk-space gauges ({@code disk.free}, {@code disk.total}) measure the data directory (see
 * {@code management.metrics.system.diskspace.paths}) and would carry its absolute path as a tag; the metrics endpoint
 * may be scraped without a token, so the tag says {@code data_dir} instead of where the data lives.
 */
@Configuration(proxyBeanMethods = false)
class DataDirectoryMetrics {

    static final String PATH_LABEL = "data_dir";

    @Bean
    MeterFilter diskSpaceWithoutPaths() {
        return new MeterFilter() {
            @Override
            public Meter.Id map(Meter.Id id) {
                if (id.getName().startsWith("disk.") && id.getTag("path") != null) {
                    return id.replaceTags(Tags.of(id.getTagsAsIterable()).and("path", PATH_LABEL));
                }
                return id;
            }
        };
    }
}
