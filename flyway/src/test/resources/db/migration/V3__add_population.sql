ALTER TABLE flyway_city ADD population INT;
