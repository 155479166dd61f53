-- Teachers' classes, rosters, sign-in cards and the worries inbox.
-- Runs unchanged on H2 (MODE=MariaDB) and MariaDB 10.11.

-- Grade and section are unique among a school's open classes only, so next year's 4-A can be created after this
-- year's is archived. open_flag is TRUE while the class is open and NULL once archived; a UNIQUE key treats NULLs
-- as distinct on both databases.
ALTER TABLE school_class ADD COLUMN open_flag BOOLEAN DEFAULT TRUE;
CREATE UNIQUE INDEX uk_class_open_section ON school_class (school_id, grade, section, open_flag);
ALTER TABLE school_class DROP INDEX uk_class_grade_section;
CREATE INDEX ix_class_teacher ON school_class (teacher_id, archived);

-- A CSV roster the teacher has checked but not confirmed yet. Kept in the database, not in one server's memory,
-- so the confirmation may reach any instance. Holds only the names that passed every check.
CREATE TABLE roster_draft (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    draft_key VARCHAR(36) NOT NULL,
    class_id BIGINT NOT NULL,
    created_by BIGINT NOT NULL,
    names TEXT NOT NULL,
    name_count INT NOT NULL,
    created_at DATETIME(6) NOT NULL,
    expires_at DATETIME(6) NOT NULL,
    CONSTRAINT uk_roster_draft_key UNIQUE (draft_key),
    CONSTRAINT fk_roster_draft_class FOREIGN KEY (class_id) REFERENCES school_class (id) ON DELETE CASCADE,
    CONSTRAINT fk_roster_draft_adult FOREIGN KEY (created_by) REFERENCES adult_account (id)
) ENGINE=InnoDB;
CREATE INDEX ix_roster_draft_expires ON roster_draft (expires_at);

-- Fresh sign-in secrets waiting to be printed on cards. sealed_secrets is encrypted with a key that only the
-- teacher's browser holds (a cookie), so the database never holds a secret it can read. Deleted when printed or
-- when it expires.
CREATE TABLE card_batch (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    batch_key VARCHAR(36) NOT NULL,
    class_id BIGINT NOT NULL,
    created_by BIGINT NOT NULL,
    sealed_secrets TEXT NOT NULL,
    card_count INT NOT NULL,
    created_at DATETIME(6) NOT NULL,
    expires_at DATETIME(6) NOT NULL,
    CONSTRAINT uk_card_batch_key UNIQUE (batch_key),
    CONSTRAINT fk_card_batch_class FOREIGN KEY (class_id) REFERENCES school_class (id) ON DELETE CASCADE,
    CONSTRAINT fk_card_batch_adult FOREIGN KEY (created_by) REFERENCES adult_account (id)
) ENGINE=InnoDB;
CREATE INDEX ix_card_batch_expires ON card_batch (expires_at);

-- A teacher's private note on a worry report; never shown to pupils.
CREATE TABLE worry_note (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    report_id BIGINT NOT NULL,
    author_id BIGINT NOT NULL,
    body VARCHAR(2000) NOT NULL,
    created_at DATETIME(6) NOT NULL,
    CONSTRAINT fk_worry_note_report FOREIGN KEY (report_id) REFERENCES worry_report (id) ON DELETE CASCADE,
    CONSTRAINT fk_worry_note_adult FOREIGN KEY (author_id) REFERENCES adult_account (id)
) ENGINE=InnoDB;
CREATE INDEX ix_worry_note_report ON worry_note (report_id);

-- The worry report's trail (every view and change) is read from the audit log by target.
CREATE INDEX ix_audit_target ON audit_event (target_type, target_id);
