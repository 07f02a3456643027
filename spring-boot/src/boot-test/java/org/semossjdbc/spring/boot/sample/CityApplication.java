package org.semossjdbc.spring.boot.sample;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * An application as Spring Boot's guides write one: JDBC, Spring Data JPA, Flyway and Liquibase on the class path,
 * configured by {@code spring.datasource.url}, {@code username} and {@code password} alone.
 */
@SpringBootApplication
public class CityApplication {
}
