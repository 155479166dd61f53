package org.hifazat.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hifazat.Forms;
import org.hifazat.curriculum.CurriculumService;
import org.hifazat.curriculum.model.Module;
import org.hifazat.curriculum.model.QuizItem;
import org.hifazat.curriculum.model.Scoring;
import org.hifazat.learning.AnswerCodec;
import org.junit.jupiter.api.Test;

/** The smallest national dataset on the test database: its shape, its answers, and a load set that works. */
@QuarkusTest
class NationalDatasetTest {

    private static final NationalDataset.Spec SPEC = new NationalDataset.Spec(77, 8160);

    @Inject
    NationalDataset dataset;

    @Inject
    LoadSet loadSet;

    @Inject
    CurriculumService curriculum;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void buildsOnceWithAnswersTheAppWouldMarkTheSameAndALoadSetThatSignsInAndAnswers() throws Exception {
        dataset.build(SPEC, line -> {});
        String schools = NationalDataset.schools(SPEC);
        String ofPupil = " join pupil p on p.id = x.pupil_id join school_class c on c.id = p.class_id"
                + " join school s on s.id = c.school_id where " + schools;
        long[] first = {
            count("select count(*) from school s where " + schools),
            count("select count(*) from school_class c join school s on s.id = c.school_id where " + schools),
            count("select count(*) from pupil p join school_class c on c.id = p.class_id"
                    + " join school s on s.id = c.school_id where " + schools),
            count("select count(*) from module_progress x" + ofPupil),
            count("select count(*) from quiz_attempt x" + ofPupil),
        };
        assertEquals(16, first[0], "2,000 schools a million pupils");
        assertEquals(170 + NationalDataset.BIG_SCHOOL_CLASSES, first[1], "25,000 classes a million pupils");
        assertEquals(8160, first[2]);
        assertTrue(first[3] > 0 && first[4] > 0, "progress and attempts");

        // the second run keeps everything
        dataset.build(SPEC, line -> {});
        assertEquals(
                first[2],
                count("select count(*) from pupil p join school_class c on c.id = p.class_id"
                        + " join school s on s.id = c.school_id where " + schools));
        assertEquals(first[3], count("select count(*) from module_progress x" + ofPupil));

        // every stored answer is to a real question and marked as the app marks it
        int checked = 0;
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select a.module_id, q.question_id, q.answer, q.correct,"
                        + " q.graded from attempt_answer q join quiz_attempt a on a.id = q.attempt_id"
                        + " join pupil p on p.id = a.pupil_id join school_class c on c.id = p.class_id"
                        + " join school s on s.id = c.school_id where " + schools + " order by q.id limit 2000")) {
            while (rs.next()) {
                Module module = curriculum.module(rs.getString(1)).orElseThrow();
                QuizItem item = module.item(rs.getString(2)).orElseThrow();
                boolean correct =
                        Scoring.score(item, AnswerCodec.decode(rs.getString(3))).correct();
                assertEquals(rs.getBoolean(5) && correct, rs.getBoolean(4), rs.getString(2) + " " + rs.getString(3));
                checked++;
            }
        }
        assertTrue(checked > 100, "answers checked: " + checked);

        Path folder = Files.createTempDirectory("bench");
        int pupils = loadSet.write(SPEC, 50, folder);
        assertTrue(pupils > 0);

        // a pupil of the big school signs in with the class code, name and secret in herd.tsv
        List<String> herd = Files.readAllLines(folder.resolve("herd.tsv"));
        assertEquals(NationalDataset.BIG_SCHOOL_CLASSES * NationalDataset.BIG_SCHOOL_CLASS_SIZE, herd.size());
        String[] signIn = herd.get(herd.size() - 1).split("\t");
        Forms browser = new Forms();
        browser.open(signIn[0]);
        List<String> choices = new ArrayList<>();
        for (String field : signIn[1].split("&")) {
            choices.add(field.substring("choice=".length()));
        }
        var signedIn = browser.post(signIn[0], Map.of("choice", choices));
        assertEquals(303, signedIn.statusCode(), signedIn.asString());
        assertEquals("/pupil", java.net.URI.create(signedIn.header("Location")).getPath());

        // a load pupil's cookie opens their module's steps, and a posted answer is stored
        String[] pupil = Files.readAllLines(folder.resolve("pupils.tsv")).get(0).split("\t");
        Forms pupilBrowser = new Forms();
        pupilBrowser.cookies().put("hz_session", pupil[0]);
        assertEquals(
                200,
                pupilBrowser.open("/pupil/modules/" + pupil[1] + "/steps/1").statusCode());
        String quiz = "/pupil/modules/" + pupil[1] + "/quiz/" + pupil[2] + "/1";
        assertEquals(200, pupilBrowser.open(quiz).statusCode());
        Map<String, List<String>> form = new java.util.HashMap<>();
        for (String field : pupil[5].split("\\|")[0].split("&")) {
            String[] kv = field.split("=", 2);
            form.computeIfAbsent(kv[0], k -> new ArrayList<>()).add(kv[1]);
        }
        assertEquals(303, pupilBrowser.post(quiz, form).statusCode());
        assertEquals(1, count("select count(*) from attempt_answer where attempt_id = " + Long.parseLong(pupil[2])));

        // a fresh load set replaces the attempt with an empty one
        loadSet.write(SPEC, 50, folder);
        String[] again = Files.readAllLines(folder.resolve("pupils.tsv")).get(0).split("\t");
        assertEquals(0, count("select count(*) from attempt_answer where attempt_id = " + Long.parseLong(again[2])));
    }

    private long count(String sql) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            return NationalDataset.count(connection, sql);
        }
    }
}
