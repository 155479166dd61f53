-- Assignments, pupils' progress through modules, quiz attempts and answers, confidence, worries.
-- Module, step, question and option ids are the stable ids of the lesson files (VARCHAR(64));
-- content_version is the module's content hash at the time.

CREATE TABLE assignment (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    class_id BIGINT NOT NULL,
    module_id VARCHAR(64) NOT NULL,
    starts_on DATE NOT NULL,
    ends_on DATE NOT NULL,
    assigned_by BIGINT,
    campaign_id BIGINT,
    withdrawn BOOLEAN NOT NULL DEFAULT FALSE,
    created_at DATETIME(6) NOT NULL,
    CONSTRAINT ck_assignment_window CHECK (ends_on >= starts_on),
    CONSTRAINT fk_assignment_class FOREIGN KEY (class_id) REFERENCES school_class (id),
    CONSTRAINT fk_assignment_adult FOREIGN KEY (assigned_by) REFERENCES adult_account (id)
) ENGINE=InnoDB;
CREATE INDEX ix_assignment_class ON assignment (class_id, withdrawn);

-- One row per pupil and module once the pupil opens it. No row = not started.
CREATE TABLE module_progress (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    pupil_id BIGINT NOT NULL,
    module_id VARCHAR(64) NOT NULL,
    content_version VARCHAR(16) NOT NULL,
    status VARCHAR(12) NOT NULL,
    steps_done INT NOT NULL DEFAULT 0,
    steps_total INT NOT NULL,
    attempts INT NOT NULL DEFAULT 0,
    best_score INT,
    critical_wrong BOOLEAN NOT NULL DEFAULT FALSE,
    started_at DATETIME(6) NOT NULL,
    completed_at DATETIME(6),
    mastered_at DATETIME(6),
    updated_at DATETIME(6) NOT NULL,
    CONSTRAINT uk_progress_pupil_module UNIQUE (pupil_id, module_id),
    CONSTRAINT fk_progress_pupil FOREIGN KEY (pupil_id) REFERENCES pupil (id) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE quiz_attempt (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    pupil_id BIGINT NOT NULL,
    module_id VARCHAR(64) NOT NULL,
    content_version VARCHAR(16) NOT NULL,
    attempt_number INT NOT NULL,
    started_at DATETIME(6) NOT NULL,
    finished_at DATETIME(6),
    score INT,
    mastered BOOLEAN NOT NULL DEFAULT FALSE,
    critical_wrong BOOLEAN NOT NULL DEFAULT FALSE,
    CONSTRAINT uk_attempt_number UNIQUE (pupil_id, module_id, attempt_number),
    CONSTRAINT fk_attempt_pupil FOREIGN KEY (pupil_id) REFERENCES pupil (id) ON DELETE CASCADE
) ENGINE=InnoDB;

-- One answer per question per attempt: a resubmission (double click, retry on a bad network) finds this row.
CREATE TABLE attempt_answer (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    attempt_id BIGINT NOT NULL,
    question_id VARCHAR(64) NOT NULL,
    answer VARCHAR(1000) NOT NULL,
    correct BOOLEAN NOT NULL,
    graded BOOLEAN NOT NULL,
    answered_at DATETIME(6) NOT NULL,
    CONSTRAINT uk_answer_attempt_question UNIQUE (attempt_id, question_id),
    CONSTRAINT fk_answer_attempt FOREIGN KEY (attempt_id) REFERENCES quiz_attempt (id) ON DELETE CASCADE
) ENGINE=InnoDB;

-- "I know how to ..." on a 1-4 scale, before the lesson (pre) and after the quiz (post). Never graded.
CREATE TABLE confidence_answer (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    pupil_id BIGINT NOT NULL,
    module_id VARCHAR(64) NOT NULL,
    item_id VARCHAR(64) NOT NULL,
    phase VARCHAR(4) NOT NULL,
    level INT NOT NULL,
    answered_at DATETIME(6) NOT NULL,
    CONSTRAINT uk_confidence UNIQUE (pupil_id, module_id, item_id, phase),
    CONSTRAINT ck_confidence_level CHECK (level BETWEEN 1 AND 4),
    CONSTRAINT fk_confidence_pupil FOREIGN KEY (pupil_id) REFERENCES pupil (id) ON DELETE CASCADE
) ENGINE=InnoDB;

-- A pupil's "tell a teacher" report. The class stays when the pupil is deleted; the link to the pupil goes.
CREATE TABLE worry_report (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    class_id BIGINT NOT NULL,
    pupil_id BIGINT,
    report_key VARCHAR(36) NOT NULL,
    category VARCHAR(24) NOT NULL,
    place VARCHAR(24),
    details VARCHAR(1000),
    status VARCHAR(8) NOT NULL,
    created_at DATETIME(6) NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    CONSTRAINT uk_worry_key UNIQUE (report_key),
    CONSTRAINT fk_worry_class FOREIGN KEY (class_id) REFERENCES school_class (id),
    CONSTRAINT fk_worry_pupil FOREIGN KEY (pupil_id) REFERENCES pupil (id) ON DELETE SET NULL
) ENGINE=InnoDB;
CREATE INDEX ix_worry_class_status ON worry_report (class_id, status);
