INSERT INTO sample_city (id, name) VALUES (1, 'Lima'), (2, 'Quito'), (3, 'Bogota');
