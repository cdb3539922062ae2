package com.theogen.security.internal;

import com.theogen.security.SecurityProperties;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.domain.EntityScan;
import org.springframework.boot.autoconfigure.orm.jpa.HibernateJpaAutoConfiguration;
import org.springframework.boot.autoconfigure.transaction.TransactionAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * What the {@code account} command needs beside the database: the users table through JPA and the same
 * {@link AccountService} (and password hashing) the server uses. No web server, no jobs, no token signing. It is
 * deliberately not a {@code @Configuration}: component scanning must not find it, or its repository scan (this
 * package only) would replace Spring Boot's for the whole application. The command passes it as a source.
 */
@EnableConfigurationProperties(SecurityProperties.class)
@ImportAutoConfiguration({HibernateJpaAutoConfiguration.class, TransactionAutoConfiguration.class})
@EnableJpaRepositories(basePackageClasses = UserRepository.class)
@EntityScan(basePackageClasses = UserEntity.class)
@Import(AccountService.class)
public class AccountCliConfiguration {

    /** Argon2id, OWASP's minimum profile: 19 MiB memory, 2 iterations, 1 lane. */
    static PasswordEncoder passwordEncoder() {
        return new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);
    }

    @Bean
    PasswordEncoder accountPasswordEncoder() {
        return passwordEncoder();
    }

    @Bean
    AbuseLimits accountAbuseLimits(SecurityProperties properties) {
        return new AbuseLimits(properties);
    }
}
