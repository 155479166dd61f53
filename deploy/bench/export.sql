-- The national completion export's query, as org.hifazat.reporting.CompletionReports runs it for
-- scope=national: the pre-counted report_count rows summed by province. Timed with mariadb --batch as the limit
-- the app's streamed CSV is compared with.
select province_id, sum(enrolled), sum(started), sum(completed), sum(mastered)
from report_count
group by province_id;
