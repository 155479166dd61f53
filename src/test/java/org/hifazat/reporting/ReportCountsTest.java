package org.hifazat.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.hifazat.curriculum.CurriculumService;
import org.hifazat.curriculum.model.Module;
import org.hifazat.learning.Learner;
import org.hifazat.learning.LearningService;
import org.hifazat.school.Pupil;
import org.hifazat.school.School;
import org.hifazat.web.Language;
import org.junit.jupiter.api.Test;

/** The pre-counted figures follow pupils' progress, new classes and marked changes. */
@QuarkusTest
class ReportCountsTest {

    @Inject
    CompletionCounts counts;

    @Inject
    CompletionReports reports;

    @Inject
    Scopes scopes;

    @Inject
    LearningService learning;

    @Inject
    CurriculumService curriculum;

    private List<String> total(String scope) {
        return QuarkusTransaction.requiringNew()
                .call(() ->
                        reports
                                .table(scopes.resolve(scope), CompletionFilter.all(), Language.EN)
                                .total()
                                .cells()
                                .stream()
                                .map(CompletionTable.Cell::text)
                                .toList());
    }

    @Test
    void progressMadeInLessonsReachesTheCountsAtTheNextRefresh() {
        String province = ReportFixture.province("Refreshland");
        String district = ReportFixture.district(province, "Refresh district");
        String emis = ReportFixture.school(district, "Refresh school");
        List<Long> pupils = ReportFixture.classWith(emis, 4, 10, true);
        counts.refresh(false).orElseThrow();
        // a new class with the module assigned: 10 enrolled, nobody started
        assertEquals(List.of("Total", "school:" + emis, "10", "0", "0", "0", "0", "0", "0"), total("school:" + emis));

        Module module = curriculum.module(ReportFixture.MODULE).orElseThrow();
        for (long pupil : pupils.subList(0, 6)) {
            QuarkusTransaction.requiringNew().run(() -> learning.stepDone(Learner.pupil(pupil), module, 0));
        }
        assertEquals("0", total("school:" + emis).get(3), "not counted before the refresh");
        CompletionCounts.Refresh refresh = counts.refresh(false).orElseThrow();
        assertTrue(refresh.schools() >= 1);
        assertEquals(List.of("Total", "school:" + emis, "10", "6", "60", "0", "0", "0", "0"), total("school:" + emis));
        assertEquals(
                total("school:" + emis).subList(2, 9),
                total("district:" + district).subList(2, 9));
        assertEquals(
                total("school:" + emis).subList(2, 9),
                total("province:" + province).subList(3, 10));
    }

    @Test
    void aDeletedPupilLeavesTheCountsOnceTheSchoolIsMarked() {
        String province = ReportFixture.province("Markland");
        String district = ReportFixture.district(province, "Mark district");
        String emis = ReportFixture.school(district, "Mark school");
        List<Long> pupils = ReportFixture.classWith(emis, 5, 9, true);
        ReportFixture.progress(pupils.subList(0, 7), "completed");
        counts.refresh(false).orElseThrow();
        assertEquals(
                List.of("9", "7", "78", "7", "78", "0", "0"),
                total("school:" + emis).subList(2, 9));

        QuarkusTransaction.requiringNew().run(() -> {
            Pupil.deleteById(pupils.get(0));
            counts.markDirty(School.findByEmisCode(emis).orElseThrow().id);
        });
        counts.refresh(false).orElseThrow();
        assertEquals(
                List.of("8", "6", "75", "6", "75", "0", "0"),
                total("school:" + emis).subList(2, 9));
    }

    @Test
    void aFullRecountGivesTheSameFiguresAsTheIncrementalOnes() {
        ReportWorld w = ReportWorld.get();
        List<String> before = total("province:" + w.p());
        counts.requestFull();
        CompletionCounts.Refresh refresh = counts.refresh(false).orElseThrow();
        assertTrue(refresh.full());
        assertEquals(before, total("province:" + w.p()));
        assertEquals(
                List.of("Total", "province:" + w.p(), "4", "28", "21", "75", "11", "39", "8", "29", "0", "0", ""),
                before);
        Map<String, String> none = Map.of();
        assertEquals(none, CompletionFilter.all().parameters());
    }
}
