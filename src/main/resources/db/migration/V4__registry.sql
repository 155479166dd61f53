-- Schema v4: registry imports staged for the admin's preview, indexes for the registry pages, and one-time
-- passwords for teachers added by their head teacher. H2 (MODE=MariaDB) and MariaDB 10.11 alike.

-- One uploaded registry file. Its rows wait in registry_import_row until an admin confirms (then they are copied
-- to school in one transaction and deleted here) or discards them; a preview expires after a day. Kept in the
-- database, not in memory, so any instance can show and confirm it.
CREATE TABLE registry_import (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    token VARCHAR(43) NOT NULL,
    file_name VARCHAR(200) NOT NULL,
    status VARCHAR(10) NOT NULL,
    row_count INT NOT NULL DEFAULT 0,
    separator_name VARCHAR(10) NOT NULL,
    had_bom BOOLEAN NOT NULL DEFAULT FALSE,
    created_by VARCHAR(120) NOT NULL,
    created_at DATETIME(6) NOT NULL,
    confirmed_by VARCHAR(120),
    confirmed_at DATETIME(6),
    CONSTRAINT uk_registry_import_token UNIQUE (token)
) ENGINE=InnoDB;
CREATE INDEX ix_registry_import_created ON registry_import (created_at);

CREATE TABLE registry_import_row (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    import_id BIGINT NOT NULL,
    line_number INT NOT NULL,
    emis_code VARCHAR(32) NOT NULL,
    name VARCHAR(200) NOT NULL,
    district_id BIGINT NOT NULL,
    level VARCHAR(16) NOT NULL,
    locality VARCHAR(8) NOT NULL,
    CONSTRAINT fk_registry_row_import FOREIGN KEY (import_id) REFERENCES registry_import (id),
    CONSTRAINT fk_registry_row_district FOREIGN KEY (district_id) REFERENCES district (id)
) ENGINE=InnoDB;
-- duplicate EMIS codes within a file are found by grouping on this index
CREATE INDEX ix_registry_row_code ON registry_import_row (import_id, emis_code, line_number);
CREATE INDEX ix_registry_row_line ON registry_import_row (import_id, line_number);

-- a district's schools by name (registry pages, dashboards' drill-down)
CREATE INDEX ix_school_district_name ON school (district_id, name);

-- A teacher added by a head teacher signs in with a one-time password and must choose a new one first.
ALTER TABLE adult_account ADD COLUMN must_change_password BOOLEAN NOT NULL DEFAULT FALSE;
CREATE INDEX ix_adult_school_role ON adult_account (school_id, role);
