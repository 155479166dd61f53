-- Schema v14: teachers and teachers trained on the ministry's dashboard. Lower-case SQL that runs unchanged on H2
-- (MODE=MariaDB) and MariaDB 10.11.

-- The day the registry recorded a school as closed; null while it is open. A closed school's teachers are not
-- counted on the dashboard.
alter table school add column closed_on date;

-- Teachers per school without reading account rows: active teachers and head teachers by role, then school.
create index ix_adult_role_school on adult_account (role, active, school_id);
