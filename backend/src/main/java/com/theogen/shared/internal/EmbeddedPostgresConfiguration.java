package com.theogen.shared.internal;

import com.theogen.shared.StorageProperties;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded default: when no {@code spring.datasource.url} (or {@code SPRING_DATASOURCE_URL}) is set,
 * TheoGen runs its own PostgreSQL from the packaged binaries and connects as its application role, with the
 * password kept in the data directory. Setting the URL switches to an external server through Spring Boot's
 * ordinary DataSource configuration, with no code change.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDataSourceCondition.class)
public class EmbeddedPostgresConfiguration {

    static final int MINIMUM_IDLE = 4;

    @Bean(destroyMethod = "close")
    EmbeddedPostgresServer embeddedPostgresServer(StorageProperties storage) {
        return EmbeddedPostgresServer.start(storage.dataDir(), storage.ephemeral(), storage.fsync());
    }

    @Bean
    DataSource dataSource(EmbeddedPostgresServer server) {
        HikariDataSource dataSource = DataSourceBuilder.create()
                .type(HikariDataSource.class)
                .url(server.jdbcUrl())
                .username(server.appUser())
                .password(server.appPassword())
                .build();
        dataSource.setPoolName("theogen-embedded");
        dataSource.setMaximumPoolSize(20);
        // Hikari keeps the maximum open by default: 20 idle PostgreSQL backends on a desktop (ADR 041)
        dataSource.setMinimumIdle(MINIMUM_IDLE);
        return dataSource;
    }
}
