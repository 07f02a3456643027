INSERT INTO flyway_city (id, name) VALUES (1, 'Lima'), (2, 'Quito');
UPDATE flyway_city SET name = 'Quito DM' WHERE id = 2;
