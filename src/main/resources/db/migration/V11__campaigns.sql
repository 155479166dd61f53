-- Schema v11: ministry campaigns and the classes they reach. Lower-case SQL that runs unchanged on H2
-- (MODE=MariaDB) and MariaDB 10.11.

-- A campaign gives one pupil module to every open class of some grades in a region (the nation, a province, a
-- district or one school) for a window. grades lists them as "3,4,5". status: active, ended (ended early: the
-- window was cut to the day it ended) or withdrawn (its assignments withdrawn).
create table campaign (
    id bigint auto_increment primary key,
    name varchar(120) not null,
    module_id varchar(64) not null,
    grades varchar(40) not null,
    region_type varchar(10) not null,
    province_id bigint,
    district_id bigint,
    school_id bigint,
    starts_on date not null,
    ends_on date not null,
    status varchar(10) not null,
    created_by bigint not null,
    created_at datetime(6) not null,
    closed_by bigint,
    closed_at datetime(6),
    constraint ck_campaign_window check (ends_on >= starts_on),
    constraint fk_campaign_province foreign key (province_id) references province (id),
    constraint fk_campaign_district foreign key (district_id) references district (id),
    constraint fk_campaign_school foreign key (school_id) references school (id),
    constraint fk_campaign_creator foreign key (created_by) references adult_account (id),
    constraint fk_campaign_closer foreign key (closed_by) references adult_account (id)
) engine=InnoDB;
create index ix_campaign_status on campaign (status, ends_on);

-- Every class a campaign reached, once (the primary key keeps a top-up from counting a class twice).
-- covered_by: 'campaign' when the campaign gave the class its own assignment, 'existing' when the class already had
-- the module in an overlapping window and so got no second one.
create table campaign_class (
    campaign_id bigint not null,
    class_id bigint not null,
    covered_by varchar(10) not null,
    added_at datetime(6) not null,
    constraint pk_campaign_class primary key (campaign_id, class_id),
    constraint fk_campaign_class_campaign foreign key (campaign_id) references campaign (id),
    constraint fk_campaign_class_class foreign key (class_id) references school_class (id)
) engine=InnoDB;

-- a campaign's assignments (withdraw, end early, top-up); a class's assignments of one module (overlap check)
create index ix_assignment_campaign on assignment (campaign_id, class_id);
create index ix_assignment_class_module on assignment (class_id, module_id);
alter table assignment add constraint fk_assignment_campaign foreign key (campaign_id) references campaign (id);
