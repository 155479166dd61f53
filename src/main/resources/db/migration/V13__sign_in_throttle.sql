-- Schema v13: the pupil sign-in throttle, shared by every instance (org.hifazat.identity.SignInThrottle).
-- Lower-case SQL that runs unchanged on H2 (MODE=MariaDB) and MariaDB 10.11.

-- One row per counted failure: failure_key is "class:<class code>" (a wrong secret in that class),
-- "fail:<address>" (a wrong secret from that address) or "code:<address>" (an unknown class code from that
-- address). failed_at is UTC. Rows are written only on failures, never beyond a key's limit, and deleted once they
-- are older than the throttle's window (a few minutes).
create table sign_in_failure (
    id bigint auto_increment primary key,
    failure_key varchar(80) not null,
    failed_at datetime(6) not null
) engine=InnoDB;
-- counting one key's recent failures; deleting old rows.
create index ix_sign_in_failure_key on sign_in_failure (failure_key, failed_at);
create index ix_sign_in_failure_at on sign_in_failure (failed_at);
