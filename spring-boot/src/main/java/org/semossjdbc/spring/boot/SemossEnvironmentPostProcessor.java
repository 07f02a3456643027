package org.semossjdbc.spring.boot;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Spring Boot 4's entry point (registered under {@code org.springframework.boot.EnvironmentPostProcessor} in
 * {@code META-INF/spring.factories}): with this artifact on the class path, {@code spring.datasource.url},
 * {@code spring.flyway.url} and {@code spring.liquibase.url} accept {@code jdbc:semoss:} URLs without a
 * {@code driver-class-name}.
 */
public final class SemossEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    /** Created by Spring Boot from {@code META-INF/spring.factories}. */
    public SemossEnvironmentPostProcessor() {
        // stateless
    }

    /** Names {@code org.semossjdbc.jdbc.SemossDriver} where a {@code jdbc:semoss:} URL has no driver class. */
    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        SemossDriverDefaults.apply(environment);
    }

    /** Last, after Boot has loaded the application's configuration files. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
