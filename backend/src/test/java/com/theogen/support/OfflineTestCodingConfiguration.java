package com.theogen.support;

import com.theogen.analyst.OfflineAxialGrouper;
import com.theogen.analyst.OfflineOpenCoder;
import com.theogen.coding.Codebooks;
import com.theogen.evidence.Evidence;
import com.theogen.interview.InterviewFragments;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Registers {@link OfflineTestCoding} in test contexts only while no real coding implementation exists (an
 * auto-configuration, so the condition is evaluated after the application's own beans are known). Once the coding
 * module's implementation is on the classpath this backs off.
 */
@AutoConfiguration
public class OfflineTestCodingConfiguration {

    @Bean
    @ConditionalOnMissingBean(Codebooks.class)
    OfflineTestCoding offlineTestCoding(
            OfflineOpenCoder coder,
            OfflineAxialGrouper grouper,
            InterviewFragments fragments,
            Evidence evidence,
            JdbcTemplate jdbc) {
        return new OfflineTestCoding(coder, grouper, fragments, evidence, jdbc);
    }
}
