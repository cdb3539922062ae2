package com.theogen.shared.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.theogen.support.IntegrationTest;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The embedded default's memory settings (ADR 041) and the repository warm-up, in the running application. */
@IntegrationTest
class EmbeddedDefaultMemoryTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    StartupWarmup warmup;

    @Test
    void embeddedPostgresIsSizedForADesktop() {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);

        assertThat(jdbc.queryForObject("SHOW shared_buffers", String.class)).isEqualTo("64MB");
        assertThat(jdbc.queryForObject("SHOW work_mem", String.class)).isEqualTo("8MB");
        assertThat(dataSource).isInstanceOfSatisfying(HikariDataSource.class, hikari -> {
            assertThat(hikari.getMinimumIdle()).isEqualTo(EmbeddedPostgresConfiguration.MINIMUM_IDLE);
            assertThat(hikari.getMaximumPoolSize()).isEqualTo(20);
        });
    }

    @Test
    void theWarmupCreatesEveryRepository() {
        assertThat(warmup.createRepositories()).isGreaterThanOrEqualTo(6);
    }
}
