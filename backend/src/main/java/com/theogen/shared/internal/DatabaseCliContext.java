package com.theogen.shared.internal;

import com.theogen.shared.StorageProperties;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** The minimal context of the {@code db} command: configuration properties and the DataSource only. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StorageProperties.class)
@Import(EmbeddedPostgresConfiguration.class)
@ImportAutoConfiguration(DataSourceAutoConfiguration.class)
public class DatabaseCliContext {}
