-- Schema v15: pre-counted campaign figures, so the ministry's dashboard and a campaign's page sum a row per campaign
-- and school instead of reading every pupil the campaign reached. Rewritten with the school's completion counts
-- (org.hifazat.reporting.CampaignCounts). Runs unchanged on H2 (MODE=MariaDB) and MariaDB 10.11.
create table campaign_count (
    campaign_id bigint not null,
    school_id bigint not null,
    district_id bigint not null,
    province_id bigint not null,
    classes int not null,
    enrolled int not null,
    started int not null,
    completed int not null,
    mastered int not null,
    constraint pk_campaign_count primary key (campaign_id, school_id)
) engine=InnoDB;
create index ix_campaign_count_school on campaign_count (school_id);

-- Finding the schools a campaign reached since the last count.
create index ix_campaign_class_added on campaign_class (added_at);

-- Every school is counted again (campaigns included) at the next run.
update report_state set full_requested = true where id = 1;
