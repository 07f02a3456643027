package org.semossjdbc.spring.boot;

import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.ClassUtils;

/**
 * Spring Boot 3's entry point (registered under {@code org.springframework.boot.env.EnvironmentPostProcessor}, the
 * interface Boot 3 reads): does what {@link SemossEnvironmentPostProcessor} does on Boot 4.
 *
 * <p>Boot 4 still loads this deprecated registration, so on Boot 4 this one steps aside and leaves the work to
 * {@link SemossEnvironmentPostProcessor}.
 */
@SuppressWarnings("deprecation") // the Boot 3 interface, deprecated in Boot 4
public final class SemossLegacyEnvironmentPostProcessor
        implements org.springframework.boot.env.EnvironmentPostProcessor, Ordered {

    private static final String BOOT_4_INTERFACE = "org.springframework.boot.EnvironmentPostProcessor";

    /** Created by Spring Boot from {@code META-INF/spring.factories}. */
    public SemossLegacyEnvironmentPostProcessor() {
        // stateless
    }

    /** On Boot 3, names the driver where a {@code jdbc:semoss:} URL has no driver class; on Boot 4, nothing. */
    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!ClassUtils.isPresent(BOOT_4_INTERFACE, SemossLegacyEnvironmentPostProcessor.class.getClassLoader())) {
            SemossDriverDefaults.apply(environment);
        }
    }

    /** Last, after Boot has loaded the application's configuration files. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
