-- Schema v1: the school registry, pupils, adult accounts and the audit log.
-- Runs unchanged on H2 (MODE=MariaDB) and MariaDB 10.11: no IDENTITY, no CLOB, lengths on every VARCHAR,
-- index names unique across tables.

CREATE TABLE province (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    code VARCHAR(16) NOT NULL,
    name_en VARCHAR(120) NOT NULL,
    name_ur VARCHAR(120) NOT NULL,
    CONSTRAINT uk_province_code UNIQUE (code)
) ENGINE=InnoDB;

CREATE TABLE district (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    province_id BIGINT NOT NULL,
    code VARCHAR(16) NOT NULL,
    name_en VARCHAR(120) NOT NULL,
    name_ur VARCHAR(120) NOT NULL,
    CONSTRAINT uk_district_code UNIQUE (code),
    CONSTRAINT fk_district_province FOREIGN KEY (province_id) REFERENCES province (id)
) ENGINE=InnoDB;

CREATE TABLE school (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    district_id BIGINT NOT NULL,
    emis_code VARCHAR(32) NOT NULL,
    name VARCHAR(200) NOT NULL,
    level VARCHAR(16) NOT NULL,
    locality VARCHAR(8) NOT NULL,
    created_at DATETIME(6) NOT NULL,
    CONSTRAINT uk_school_emis UNIQUE (emis_code),
    CONSTRAINT fk_school_district FOREIGN KEY (district_id) REFERENCES district (id)
) ENGINE=InnoDB;

CREATE TABLE adult_account (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    username VARCHAR(80) NOT NULL,
    display_name VARCHAR(120) NOT NULL,
    password_hash VARCHAR(100),
    oidc_subject VARCHAR(255),
    role VARCHAR(16) NOT NULL,
    scope_type VARCHAR(10) NOT NULL,
    school_id BIGINT,
    district_id BIGINT,
    province_id BIGINT,
    language VARCHAR(2) NOT NULL DEFAULT 'en',
    failed_sign_ins INT NOT NULL DEFAULT 0,
    locked_until DATETIME(6),
    active BOOLEAN NOT NULL DEFAULT TRUE,
    created_at DATETIME(6) NOT NULL,
    CONSTRAINT uk_adult_username UNIQUE (username),
    CONSTRAINT uk_adult_oidc_subject UNIQUE (oidc_subject),
    CONSTRAINT fk_adult_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT fk_adult_district FOREIGN KEY (district_id) REFERENCES district (id),
    CONSTRAINT fk_adult_province FOREIGN KEY (province_id) REFERENCES province (id)
) ENGINE=InnoDB;

CREATE TABLE school_class (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    school_id BIGINT NOT NULL,
    teacher_id BIGINT,
    grade INT NOT NULL,
    section VARCHAR(16) NOT NULL,
    class_code VARCHAR(12) NOT NULL,
    language VARCHAR(2) NOT NULL DEFAULT 'en',
    archived BOOLEAN NOT NULL DEFAULT FALSE,
    created_at DATETIME(6) NOT NULL,
    CONSTRAINT uk_class_code UNIQUE (class_code),
    CONSTRAINT uk_class_grade_section UNIQUE (school_id, grade, section),
    CONSTRAINT ck_class_grade CHECK (grade BETWEEN 1 AND 12),
    CONSTRAINT fk_class_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT fk_class_teacher FOREIGN KEY (teacher_id) REFERENCES adult_account (id)
) ENGINE=InnoDB;

-- A pupil is a display name (first name + initial) in a class. No email, phone, photo or birth date.
-- sign_in_secret is a keyed hash of the picture pair or the two words, never the secret itself.
CREATE TABLE pupil (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    class_id BIGINT NOT NULL,
    display_name VARCHAR(60) NOT NULL,
    sign_in_kind VARCHAR(8) NOT NULL,
    sign_in_secret VARCHAR(128) NOT NULL,
    failed_sign_ins INT NOT NULL DEFAULT 0,
    locked_until DATETIME(6),
    created_at DATETIME(6) NOT NULL,
    CONSTRAINT fk_pupil_class FOREIGN KEY (class_id) REFERENCES school_class (id)
) ENGINE=InnoDB;
CREATE INDEX ix_pupil_class ON pupil (class_id);

CREATE TABLE audit_event (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    occurred_at DATETIME(6) NOT NULL,
    actor VARCHAR(120) NOT NULL,
    action VARCHAR(60) NOT NULL,
    target_type VARCHAR(40),
    target_id VARCHAR(64),
    details VARCHAR(2000)
) ENGINE=InnoDB;
CREATE INDEX ix_audit_occurred ON audit_event (occurred_at);
