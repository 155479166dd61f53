-- Schema v12: completion by day, so a report for a date range sums pre-counted days instead of scanning pupils'
-- progress. module_progress already records started_at, completed_at and mastered_at; nothing is added there.
-- Runs unchanged on H2 (MODE=MariaDB) and MariaDB 10.11.

-- Pupils who started, completed and mastered a module on one day, per school, grade and module (open classes
-- only, like report_count). Rewritten with report_count whenever its school is recounted; a day with nothing has
-- no row. Province, district and band are copied in so reports group without joins.
create table report_day (
    school_id bigint not null,
    grade int not null,
    module_id varchar(64) not null,
    on_day date not null,
    band varchar(1),
    district_id bigint not null,
    province_id bigint not null,
    started int not null,
    completed int not null,
    mastered int not null,
    constraint pk_report_day primary key (school_id, grade, module_id, on_day),
    constraint fk_report_day_school foreign key (school_id) references school (id)
) engine=InnoDB;
-- A range is summed over a day index within the scope: national, a province, a district (a school uses the key).
create index ix_report_day_day on report_day (on_day);
create index ix_report_day_province on report_day (province_id, on_day);
create index ix_report_day_district on report_day (district_id, on_day);

-- Every school is counted again (days included) at the next run.
update report_state set full_requested = true where id = 1;
