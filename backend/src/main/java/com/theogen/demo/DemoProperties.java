package com.theogen.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Demo project settings.
 *
 * @param seedOnRegistration give every new account its own copy of the demo project
 */
@ConfigurationProperties("theogen.demo")
public record DemoProperties(boolean seedOnRegistration) {}
