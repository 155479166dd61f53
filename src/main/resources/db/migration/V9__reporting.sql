-- Schema v9: pre-counted completion for the ministry's dashboards and reports, so a national report sums a few
-- hundred thousand counts instead of scanning millions of progress rows. Runs unchanged on H2 (MODE=MariaDB) and
-- MariaDB 10.11.

-- Pupils enrolled, started, completed and mastered per school, grade and module (open classes only). A row is
-- rewritten whenever its school is recounted; province and district are copied in so reports group without joins.
create table report_count (
    school_id bigint not null,
    grade int not null,
    module_id varchar(64) not null,
    band varchar(1),
    district_id bigint not null,
    province_id bigint not null,
    enrolled int not null,
    started int not null,
    completed int not null,
    mastered int not null,
    constraint pk_report_count primary key (school_id, grade, module_id),
    constraint fk_report_count_school foreign key (school_id) references school (id)
) engine=InnoDB;
create index ix_report_count_province on report_count (province_id, district_id);
create index ix_report_count_district on report_count (district_id, school_id);

-- Schools another feature has marked for recounting (a pupil deleted, a class archived, an assignment withdrawn).
create table report_dirty (
    school_id bigint not null,
    marked_at datetime(6) not null,
    constraint pk_report_dirty primary key (school_id)
) engine=InnoDB;

-- One row: when counts were last brought up to date, and which instance is counting now (if any).
create table report_state (
    id int not null,
    changes_seen_until datetime(6),
    full_counted_at datetime(6),
    running_until datetime(6),
    full_requested boolean not null default false,
    constraint pk_report_state primary key (id)
) engine=InnoDB;
insert into report_state (id, full_requested) values (1, true);

-- Finding what changed since the last count without scanning.
create index ix_progress_updated on module_progress (updated_at);
create index ix_pupil_created on pupil (created_at);
create index ix_assignment_created on assignment (created_at);
create index ix_class_created on school_class (created_at);
