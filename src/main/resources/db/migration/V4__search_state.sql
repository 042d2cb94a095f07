-- Which database an index was built from: an index stamped with another id (a reset or restored
-- database) is rebuilt at start-up instead of being trusted.
CREATE TABLE search_state (
    database_id  CHAR(36)  NOT NULL PRIMARY KEY
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO search_state (database_id) VALUES (UUID());
