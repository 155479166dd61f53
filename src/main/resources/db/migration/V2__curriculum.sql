-- Schema v2: every content version of every module the server has loaded, so an attempt can name the exact
-- version it was taken on and reports can still title a module that was later changed or removed.
-- Runs unchanged on H2 (MODE=MariaDB) and MariaDB 10.11.

CREATE TABLE module_version (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    module_id VARCHAR(64) NOT NULL,
    version VARCHAR(16) NOT NULL,
    audience VARCHAR(8) NOT NULL,
    topic VARCHAR(64) NOT NULL,
    band VARCHAR(1),
    title_en VARCHAR(255) NOT NULL,
    title_ur VARCHAR(255) NOT NULL,
    current_version BOOLEAN NOT NULL DEFAULT FALSE,
    first_loaded_at DATETIME(6) NOT NULL,
    last_loaded_at DATETIME(6) NOT NULL,
    CONSTRAINT uk_module_version UNIQUE (module_id, version)
) ENGINE=InnoDB;
