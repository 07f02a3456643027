package org.semossjdbc.spring.boot.sample;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** A Spring Data JPA repository with a derived query. */
public interface CityRepository extends JpaRepository<City, Long> {

    List<City> findByPopulationGreaterThanOrderByName(long population);
}
