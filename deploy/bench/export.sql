-- The national completion export's rows straight from the database: per school and module, pupils enrolled,
-- started, completed and mastered. Timed with mariadb --batch as the limit the app's streamed CSV is compared with.
select pr.code province, d.code district, s.emis_code, s.name school, mp.module_id,
       count(*) started,
       sum(mp.status in ('completed', 'mastered')) completed,
       sum(mp.status = 'mastered') mastered
from module_progress mp
join pupil p on p.id = mp.pupil_id
join school_class c on c.id = p.class_id
join school s on s.id = c.school_id
join district d on d.id = s.district_id
join province pr on pr.id = d.province_id
group by pr.code, d.code, s.emis_code, s.name, mp.module_id
order by pr.code, d.code, s.emis_code, mp.module_id;
