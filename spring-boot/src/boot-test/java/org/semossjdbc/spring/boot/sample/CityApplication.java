package org.semossjdbc.spring.boot.sample;

import java.util.Arrays;
import java.util.stream.Stream;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * An application as Spring Boot's guides write one: JDBC, Spring Data JPA, Flyway and Liquibase on the class path,
 * configured by {@code spring.datasource.url}, {@code username} and {@code password} alone.
 */
@SpringBootApplication
public class CityApplication {

    /**
     * Flyway before Liquibase. Boot starts the two in no set order, and Flyway refuses a schema that already holds
     * tables (Liquibase's) but no Flyway history. An application that uses both tools on one database has to order
     * them this way on any database; it has nothing to do with SEMOSS.
     */
    @Bean
    static BeanFactoryPostProcessor liquibaseAfterFlyway() {
        return beanFactory -> {
            if (beanFactory.containsBeanDefinition("liquibase")
                    && beanFactory.containsBeanDefinition("flywayInitializer")) {
                BeanDefinition liquibase = beanFactory.getBeanDefinition("liquibase");
                String[] dependsOn = liquibase.getDependsOn() == null ? new String[0] : liquibase.getDependsOn();
                liquibase.setDependsOn(Stream.concat(Arrays.stream(dependsOn), Stream.of("flywayInitializer"))
                        .toArray(String[]::new));
            }
        };
    }
}
