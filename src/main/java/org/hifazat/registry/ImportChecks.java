package org.hifazat.registry;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.function.Function;

/**
 * The checks that need every staged row at once, done by the database: EMIS codes twice in the file, and EMIS codes
 * already in the registry. Run on staging and again on confirming, since the registry may have changed in between.
 */
@ApplicationScoped
class ImportChecks {

    /** Fetched per check; the rest are only counted. */
    static final int FETCHED = 500;

    void duplicatesInFile(long importId, Problems problems) {
        check(
                importId,
                "SELECT COUNT(*) - COUNT(DISTINCT emis_code) FROM registry_import_row WHERE import_id = ?1",
                "SELECT r.line_number, r.emis_code, d.first_line FROM registry_import_row r"
                        + " JOIN (SELECT emis_code, MIN(line_number) AS first_line FROM registry_import_row"
                        + " WHERE import_id = ?1 GROUP BY emis_code HAVING COUNT(*) > 1) d"
                        + " ON d.emis_code = r.emis_code"
                        + " WHERE r.import_id = ?1 AND r.line_number > d.first_line ORDER BY r.line_number",
                r -> Problem.at(line(r[0]), "registry_problem_duplicate_in_file", r[1], line(r[2])),
                problems);
    }

    void duplicatesInRegistry(long importId, Problems problems) {
        String join = " FROM registry_import_row r JOIN school s ON s.emis_code = r.emis_code WHERE r.import_id = ?1";
        check(
                importId,
                "SELECT COUNT(*)" + join,
                "SELECT r.line_number, r.emis_code, s.name" + join + " ORDER BY r.line_number",
                r -> Problem.at(
                        line(r[0]), "registry_problem_duplicate_in_registry", r[1], SchoolCsv.shorten((String) r[2])),
                problems);
    }

    /** Counts the problem rows, and fetches the first of them (by line) when there are any. */
    private static void check(
            long importId, String countSql, String fetchSql, Function<Object[], Problem> problem, Problems problems) {
        Number total = (Number) Panache.getEntityManager()
                .createNativeQuery(countSql)
                .setParameter(1, importId)
                .getSingleResult();
        if (total.longValue() == 0) {
            return;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Panache.getEntityManager()
                .createNativeQuery(fetchSql)
                .setParameter(1, importId)
                .setMaxResults(FETCHED)
                .getResultList();
        problems.addCounted(rows.stream().map(problem).toList(), total.longValue());
    }

    private static long line(Object value) {
        return ((Number) value).longValue();
    }
}
