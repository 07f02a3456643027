INSERT INTO boot_note (id, body) VALUES (1, 'created by Flyway');
