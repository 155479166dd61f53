-- Teacher training, certificates. Runs unchanged on H2 (MODE=MariaDB) and MariaDB 10.11.

-- Adults take the teacher track in the pupils' player: a progress, attempt or confidence row belongs to a pupil or
-- to an adult, never both. Pupils' rows and keys stay as they were; an adult's rows go with the account.
alter table module_progress modify pupil_id bigint null;
alter table module_progress add column adult_id bigint;
alter table module_progress add constraint uk_progress_adult_module unique (adult_id, module_id);
alter table module_progress add constraint fk_progress_adult
    foreign key (adult_id) references adult_account (id) on delete cascade;
alter table module_progress add constraint ck_progress_learner
    check ((pupil_id is null and adult_id is not null) or (pupil_id is not null and adult_id is null));

alter table quiz_attempt modify pupil_id bigint null;
alter table quiz_attempt add column adult_id bigint;
alter table quiz_attempt add constraint uk_attempt_adult_number unique (adult_id, module_id, attempt_number);
alter table quiz_attempt add constraint fk_attempt_adult
    foreign key (adult_id) references adult_account (id) on delete cascade;
alter table quiz_attempt add constraint ck_attempt_learner
    check ((pupil_id is null and adult_id is not null) or (pupil_id is not null and adult_id is null));

alter table confidence_answer modify pupil_id bigint null;
alter table confidence_answer add column adult_id bigint;
alter table confidence_answer add constraint uk_confidence_adult unique (adult_id, module_id, item_id, phase);
alter table confidence_answer add constraint fk_confidence_adult
    foreign key (adult_id) references adult_account (id) on delete cascade;
alter table confidence_answer add constraint ck_confidence_learner
    check ((pupil_id is null and adult_id is not null) or (pupil_id is not null and adult_id is null));

-- A certificate for mastering every unit of the teacher track. The holder's name, school and units are kept as
-- they were on the day, so a certificate reads the same later; the code is what anyone may check at /verify.
create table training_certificate (
    id bigint auto_increment primary key,
    code varchar(32) not null,
    adult_id bigint,
    school_id bigint,
    holder_name varchar(120) not null,
    issued_at datetime(6) not null,
    constraint uk_certificate_code unique (code),
    constraint fk_certificate_adult foreign key (adult_id) references adult_account (id) on delete set null,
    constraint fk_certificate_school foreign key (school_id) references school (id)
) engine=InnoDB;
create unique index uk_certificate_adult on training_certificate (adult_id);
create index ix_certificate_school on training_certificate (school_id);

create table certificate_unit (
    id bigint auto_increment primary key,
    certificate_id bigint not null,
    module_id varchar(64) not null,
    content_version varchar(16) not null,
    title_en varchar(255) not null,
    title_ur varchar(255) not null,
    best_score int not null,
    mastered_at datetime(6) not null,
    constraint uk_certificate_unit unique (certificate_id, module_id),
    constraint fk_certificate_unit foreign key (certificate_id) references training_certificate (id) on delete cascade
) engine=InnoDB;
