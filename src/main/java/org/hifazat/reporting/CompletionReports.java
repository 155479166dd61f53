package org.hifazat.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.hifazat.curriculum.ModuleVersion;
import org.hifazat.school.District;
import org.hifazat.school.Province;
import org.hifazat.school.School;
import org.hifazat.training.TrainedTeachers;
import org.hifazat.web.Language;
import org.hifazat.web.Messages;

/**
 * Completion tables for a scope, read from the pre-counted report_count rows (never from pupils' progress), with
 * names from the registry and the curriculum; a date range sums report_day's days instead for started, completed
 * and mastered. Reads only.
 */
@ApplicationScoped
@Transactional
public class CompletionReports {

    @Inject
    EntityManager em;

    @Inject
    TrainedTeachers trainedTeachers;

    /** The pupil modules a filter may name, by id. */
    public Map<String, ModuleVersion> modules() {
        Map<String, ModuleVersion> modules = new java.util.TreeMap<>();
        for (ModuleVersion m : ModuleVersion.listCurrent()) {
            if ("pupil".equals(m.audience)) {
                modules.put(m.moduleId, m);
            }
        }
        return modules;
    }

    /** The table for this scope and filter, in the reader's language. */
    public CompletionTable table(Scope scope, CompletionFilter filter, Language language) {
        boolean urdu = language == Language.UR;
        CompletionFilter.By by = filter.by();
        if (by == CompletionFilter.By.AREA && scope.level() == Scope.Level.SCHOOL) {
            by = CompletionFilter.By.GRADE;
        }
        String key =
                switch (by) {
                    case MODULE -> "module_id";
                    case GRADE -> "grade";
                    case AREA ->
                        switch (scope.level()) {
                            case NATIONAL -> "province_id";
                            case PROVINCE -> "district_id";
                            default -> "school_id";
                        };
                };
        Map<String, long[]> counts = counts(scope, filter, key);
        List<CompletionTable.Line> lines = new ArrayList<>();
        Set<String> listed = new LinkedHashSet<>();
        String nameKey;
        Map<Long, TrainedTeachers.Teachers> teachers = null;
        String extra = null;
        String totalExtra = null;
        switch (by) {
            case MODULE -> {
                nameKey = "report_column_module";
                extra = "band";
                totalExtra = "";
                Map<String, ModuleVersion> modules = modules();
                for (ModuleVersion m : modules.values()) {
                    if ((filter.module() == null || filter.module().equals(m.moduleId))
                            && (filter.band() == null || filter.band().equals(m.band))) {
                        listed.add(m.moduleId);
                        lines.add(line(
                                urdu ? m.titleUr : m.titleEn, m.moduleId, null, nz(m.band), counts.get(m.moduleId)));
                    }
                }
                for (String id : counts.keySet()) {
                    if (!listed.contains(id)) {
                        lines.add(line(id, id, null, "", counts.get(id)));
                    }
                }
            }
            case GRADE -> {
                nameKey = "report_column_grade";
                for (String grade : new TreeSet<>(counts.keySet())
                        .stream()
                                .sorted((a, b) -> Integer.compare(Integer.parseInt(a), Integer.parseInt(b)))
                                .toList()) {
                    lines.add(line(
                            Messages.format(language, "report_grade", List.of(grade)),
                            grade,
                            null,
                            null,
                            counts.get(grade)));
                }
            }
            default -> {
                nameKey = "report_column_area";
                teachers = teachers(scope);
                switch (scope.level()) {
                    case NATIONAL, PROVINCE -> {
                        extra = "schools";
                        boolean national = scope.level() == Scope.Level.NATIONAL;
                        Map<String, Long> schools = national
                                ? schoolsBy("d.province_id", null)
                                : schoolsBy("s.district_id", scope.provinceId());
                        totalExtra = Long.toString(schools.values().stream()
                                .mapToLong(Long::longValue)
                                .sum());
                        List<Scope> children = national
                                ? Province.listByName().stream().map(Scopes::of).toList()
                                : District.listInProvince(Province.findById(scope.provinceId())).stream()
                                        .map(Scopes::of)
                                        .toList();
                        for (Scope child : children) {
                            long id = national ? child.provinceId() : child.districtId();
                            lines.add(withTeachers(
                                    line(
                                            child.name(urdu),
                                            child.code(),
                                            child.key(),
                                            str(schools.get(Long.toString(id))),
                                            counts.get(Long.toString(id))),
                                    teachers.get(id)));
                        }
                    }
                    default -> {
                        List<School> schools = School.list("district.id = ?1 order by name", scope.districtId());
                        for (School s : schools) {
                            lines.add(withTeachers(
                                    line(s.name, s.emisCode, "school:" + s.emisCode, null, counts.get(s.id.toString())),
                                    teachers.get(s.id)));
                        }
                    }
                }
            }
        }
        long[] total = new long[4];
        counts.values().forEach(n -> {
            for (int i = 0; i < 4; i++) {
                total[i] += n[i];
            }
        });
        CompletionTable.Line totalLine = new CompletionTable.Line(
                Messages.get(language, "report_total"), scope.key(), null, totalExtra, total, null);
        if (teachers != null) {
            totalLine = withTeachers(
                    totalLine,
                    new TrainedTeachers.Teachers(
                            teachers.values().stream()
                                    .mapToLong(TrainedTeachers.Teachers::teachers)
                                    .sum(),
                            teachers.values().stream()
                                    .mapToLong(TrainedTeachers.Teachers::trained)
                                    .sum()));
        }
        return CompletionTable.build(nameKey, extra, lines, totalLine, filter.sort(), filter.descending());
    }

    /** Enrolled, started, completed and mastered in the scope, by the given column. */
    private Map<String, long[]> counts(Scope scope, CompletionFilter filter, String key) {
        String all = "sum(enrolled), sum(started), sum(completed), sum(mastered)";
        DateRange range = filter.range();
        if (range == null) {
            return sums("report_count", all, scope, filter, key, null);
        }
        // enrolled is now; what pupils did is summed over the range's days
        Map<String, long[]> counts = new HashMap<>();
        sums("report_count", "sum(enrolled)", scope, filter, key, null)
                .forEach((k, n) -> counts.put(k, new long[] {n[0], 0, 0, 0}));
        String done = "sum(started), sum(completed), sum(mastered)";
        sums("report_day", done, scope, filter, key, range).forEach((k, n) -> {
            long[] row = counts.computeIfAbsent(k, x -> new long[4]);
            System.arraycopy(n, 0, row, 1, 3);
        });
        return counts;
    }

    /** Sums of a pre-counted table in the scope, by the given column; report_day within a range of days. */
    private Map<String, long[]> sums(
            String table, String sums, Scope scope, CompletionFilter filter, String key, DateRange range) {
        StringBuilder sql = new StringBuilder("select " + key + ", " + sums + " from " + table + " where 1 = 1");
        List<Object> params = new ArrayList<>();
        switch (scope.level()) {
            case PROVINCE -> condition(sql, params, "province_id", scope.provinceId());
            case DISTRICT -> condition(sql, params, "district_id", scope.districtId());
            case SCHOOL -> condition(sql, params, "school_id", scope.schoolId());
            default -> {}
        }
        if (filter.module() != null) {
            condition(sql, params, "module_id", filter.module());
        }
        if (filter.band() != null) {
            condition(sql, params, "band", filter.band());
        }
        if (filter.grade() != null) {
            condition(sql, params, "grade", filter.grade());
        }
        if (range != null) {
            params.add(range.from());
            params.add(range.to());
            sql.append(" and on_day >= ?")
                    .append(params.size() - 1)
                    .append(" and on_day <= ?")
                    .append(params.size());
        }
        sql.append(" group by ").append(key);
        var query = em.createNativeQuery(sql.toString());
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        Map<String, long[]> counts = new HashMap<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            long[] n = new long[r.length - 1];
            for (int i = 0; i < n.length; i++) {
                n[i] = num(r[i + 1]);
            }
            counts.put(r[0].toString(), n);
        }
        return counts;
    }

    /** Teachers and teachers trained in each area the scope's table lists (provinces, districts or schools). */
    private Map<Long, TrainedTeachers.Teachers> teachers(Scope scope) {
        return switch (scope.level()) {
            case NATIONAL -> trainedTeachers.perArea(TrainedTeachers.Area.PROVINCE, null, null);
            case PROVINCE -> trainedTeachers.perArea(TrainedTeachers.Area.DISTRICT, scope.provinceId(), null);
            default -> trainedTeachers.perArea(TrainedTeachers.Area.SCHOOL, null, scope.districtId());
        };
    }

    /** Schools in the registry by province (national) or by district of one province. */
    private Map<String, Long> schoolsBy(String key, Long provinceId) {
        String sql = "select " + key + ", count(*) from school s join district d on d.id = s.district_id"
                + (provinceId == null ? "" : " where d.province_id = ?1") + " group by " + key;
        var query = em.createNativeQuery(sql);
        if (provinceId != null) {
            query.setParameter(1, provinceId);
        }
        Map<String, Long> schools = new HashMap<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            schools.put(r[0].toString(), num(r[1]));
        }
        return schools;
    }

    private static void condition(StringBuilder sql, List<Object> params, String column, Object value) {
        params.add(value);
        sql.append(" and ").append(column).append(" = ?").append(params.size());
    }

    private static CompletionTable.Line line(String name, String code, String scope, String extra, long[] counts) {
        return new CompletionTable.Line(name, code, scope, extra, counts == null ? new long[4] : counts);
    }

    private static CompletionTable.Line withTeachers(CompletionTable.Line line, TrainedTeachers.Teachers teachers) {
        long[] training = teachers == null ? new long[2] : new long[] {teachers.teachers(), teachers.trained()};
        return new CompletionTable.Line(line.name(), line.code(), line.scope(), line.extra(), line.counts(), training);
    }

    private static long num(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String str(Long n) {
        return n == null ? "0" : n.toString();
    }
}
