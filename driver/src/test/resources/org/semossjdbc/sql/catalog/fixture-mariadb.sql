-- Catalog test schema for MariaDB 10.11 (the database is the catalog).
-- Statements end with a semicolon at the end of a line.
CREATE TABLE parent (a int NOT NULL, b varchar(10) NOT NULL, name varchar(50) NOT NULL DEFAULT 'x',
  amount decimal(10,2), created datetime, flag boolean DEFAULT true, small smallint, tiny tinyint, big bigint,
  ubig bigint unsigned, uint int unsigned, r float, d double, dt date, tm time, ts timestamp(3) NULL, yr year,
  c char(5), t text, bl blob, vb varbinary(16), bt bit(4), e enum('red','green'), PRIMARY KEY (a, b))
  COMMENT 'parent rows';
ALTER TABLE parent MODIFY name varchar(50) NOT NULL DEFAULT 'x' COMMENT 'display name';
CREATE UNIQUE INDEX parent_name_ux ON parent(name);
CREATE TABLE `A_B` (`C_D` int PRIMARY KEY, `CxD` varchar(10));
CREATE TABLE `AxB` (id int PRIMARY KEY);
CREATE TABLE `PCT%T` (id int);
CREATE TABLE `MixedCase` (`Id` int PRIMARY KEY, lower_col varchar(5));
CREATE TABLE `it's` (id int PRIMARY KEY);
CREATE TABLE `B\S` (id int PRIMARY KEY);
CREATE TABLE mixedcase (id int);
CREATE TABLE child (id int AUTO_INCREMENT PRIMARY KEY, pa int, pb varchar(10), ref_ab int, note varchar(20) DEFAULT 'n/a',
  total int AS (pa + 1) VIRTUAL,
  CONSTRAINT child_parent_fk FOREIGN KEY (pa, pb) REFERENCES parent(a, b) ON DELETE CASCADE ON UPDATE RESTRICT,
  CONSTRAINT child_ab_fk FOREIGN KEY (ref_ab) REFERENCES `A_B`(`C_D`) ON DELETE SET NULL);
CREATE INDEX child_pb_pa_ix ON child(pb, pa DESC);
CREATE TABLE ident (id bigint AUTO_INCREMENT PRIMARY KEY, v int DEFAULT 7);
CREATE VIEW parent_v AS SELECT a, b, name FROM parent;
CREATE FUNCTION my_abs(i int) RETURNS int DETERMINISTIC COMMENT 'absolute value' RETURN abs(i);
CREATE PROCEDURE my_proc(i int) SELECT 1;
