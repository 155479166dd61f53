package org.hifazat.reporting;

import io.quarkus.arc.Arc;
import java.util.List;
import org.hifazat.learning.ModuleProgress;

/**
 * The hand-computed fixture of the report tests, built once: province P with districts D1 (three schools) and D2
 * (one), and province P2 with district D3. Figures for module secret-gift-b:
 *
 * <pre>
 * D1  S1 "Govt Girls Primary School Alpha"  grade 4, 12 pupils: 7 started, 5 completed, 3 mastered
 *     S2 "=HYPERLINK(...)"                  grade 4,  6 pupils: 6 started, 6 completed, 5 mastered
 *     S5 "Govt Boys School Empty"           no classes
 * D2  S3                                    grade 5, 10 pupils: 8 started
 * D3  S4                                    grade 6, 20 pupils: 20 started
 * </pre>
 */
record ReportWorld(
        String p, String d1, String d2, String p2, String d3, String s1, String s2, String s3, String s4, String s5) {

    static final String FORMULA_NAME = "=HYPERLINK(\"http://evil.example\",\"click\")";
    private static ReportWorld world;

    static synchronized ReportWorld get() {
        if (world == null) {
            String p = ReportFixture.province("Testland");
            String d1 = ReportFixture.district(p, "Alpha district");
            String d2 = ReportFixture.district(p, "Beta district");
            String p2 = ReportFixture.province("Otherland");
            String d3 = ReportFixture.district(p2, "Gamma district");
            String s1 = ReportFixture.school(d1, "Govt Girls Primary School Alpha");
            String s2 = ReportFixture.school(d1, FORMULA_NAME);
            String s5 = ReportFixture.school(d1, "Govt Boys School Empty");
            String s3 = ReportFixture.school(d2, "Beta school");
            String s4 = ReportFixture.school(d3, "Gamma school");
            List<Long> c1 = ReportFixture.classWith(s1, 4, 12, true);
            ReportFixture.progress(c1.subList(0, 2), ModuleProgress.IN_PROGRESS);
            ReportFixture.progress(c1.subList(2, 4), ModuleProgress.COMPLETED);
            ReportFixture.progress(c1.subList(4, 7), ModuleProgress.MASTERED);
            List<Long> c2 = ReportFixture.classWith(s2, 4, 6, true);
            ReportFixture.progress(c2.subList(0, 1), ModuleProgress.COMPLETED);
            ReportFixture.progress(c2.subList(1, 6), ModuleProgress.MASTERED);
            List<Long> c3 = ReportFixture.classWith(s3, 5, 10, true);
            ReportFixture.progress(c3.subList(0, 8), ModuleProgress.IN_PROGRESS);
            List<Long> c4 = ReportFixture.classWith(s4, 6, 20, true);
            ReportFixture.progress(c4, ModuleProgress.IN_PROGRESS);
            counts().refresh(true).orElseThrow();
            world = new ReportWorld(p, d1, d2, p2, d3, s1, s2, s3, s4, s5);
        }
        return world;
    }

    static CompletionCounts counts() {
        return Arc.container().instance(CompletionCounts.class).get();
    }
}
