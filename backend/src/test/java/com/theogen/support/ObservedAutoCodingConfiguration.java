package com.theogen.support;

import com.theogen.coding.AutoCoding;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/** Wraps every test context's {@link AutoCoding} in an {@link ObservedAutoCoding} (registered as auto-configuration). */
@AutoConfiguration
public class ObservedAutoCodingConfiguration {

    @Bean
    static BeanPostProcessor observedAutoCoding() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof AutoCoding coding && !(bean instanceof ObservedAutoCoding)
                        ? new ObservedAutoCoding(coding)
                        : bean;
            }
        };
    }
}
