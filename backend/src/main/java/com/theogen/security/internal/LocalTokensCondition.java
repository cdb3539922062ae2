package com.theogen.security.internal;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** True when no external issuer is configured, so the app signs and checks its own tokens. */
class LocalTokensCondition implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        Environment env = context.getEnvironment();
        return !StringUtils.hasText(env.getProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri"))
                && !StringUtils.hasText(env.getProperty("spring.security.oauth2.resourceserver.jwt.jwk-set-uri"));
    }
}
