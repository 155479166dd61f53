-- Worries inbox: a class teacher may share one report with the head teacher of the school.
-- shared_at is NULL until then; sharing cannot be undone (the head teacher already knows).
alter table worry_report add column shared_at datetime(6);
