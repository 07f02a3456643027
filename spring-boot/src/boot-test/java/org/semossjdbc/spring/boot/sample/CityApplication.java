package org.semossjdbc.spring.boot.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * An application as Spring Boot's guides write one: JDBC, Spring Data JPA, Flyway and Liquibase on the class path,
 * configured by {@code spring.datasource.url}, {@code username} and {@code password} alone.
 */
@SpringBootApplication
public class CityApplication {

    /**
     * Starts the application on one SEMOSS engine with {@code spring.datasource.url}, {@code username} and
     * {@code password}. {@code otherArguments} only switch off the migration tool a test is not about: Boot runs
     * Liquibase before Flyway, and Flyway refuses a schema that already holds tables but no Flyway history, on any
     * database.
     */
    static ConfigurableApplicationContext start(String url, String user, String password, String... otherArguments) {
        String[] arguments = new String[4 + otherArguments.length];
        arguments[0] = "--spring.main.web-application-type=none";
        arguments[1] = "--spring.datasource.url=" + url;
        arguments[2] = "--spring.datasource.username=" + user;
        arguments[3] = "--spring.datasource.password=" + password;
        System.arraycopy(otherArguments, 0, arguments, 4, otherArguments.length);
        return SpringApplication.run(CityApplication.class, arguments);
    }
}
