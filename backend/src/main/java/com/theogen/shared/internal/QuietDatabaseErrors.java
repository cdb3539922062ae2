package com.theogen.shared.internal;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Keeps users' data out of database error messages, and so out of logs: the PostgreSQL driver otherwise copies
 * the server's {@code Detail} line ({@code Key (email)=(ana@example.org) already exists}) and, for a failed
 * batch, the statement with its parameter values into the exception message, which Hibernate logs at ERROR.
 * Applies to the embedded and to an external PostgreSQL alike (both are Hikari pools that connect lazily).
 */
@Component
class QuietDatabaseErrors implements BeanPostProcessor {

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource hikari) {
            hikari.addDataSourceProperty("logServerErrorDetail", "false");
        }
        return bean;
    }
}
