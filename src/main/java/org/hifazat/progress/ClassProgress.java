package org.hifazat.progress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The few queries a class dashboard reads, each one indexed from the class: pupils by class, then each learning
 * table by pupil. Aggregation happens in the database where it can (questions, confidence), so a class of 60 costs
 * the same handful of queries as a class of 6.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ClassProgress {

    /** A pupil of the class. */
    public record PupilRow(long id, String displayName) {}

    /** One pupil's progress row on one module. */
    public record ProgressRow(
            long pupilId,
            String moduleId,
            String status,
            int stepsDone,
            int stepsTotal,
            int attempts,
            Integer bestScore,
            boolean criticalWrong,
            LocalDateTime startedAt,
            LocalDateTime completedAt,
            LocalDateTime masteredAt) {}

    /** How many pupils answered a graded question, and how many of them got it wrong at least once. */
    public record QuestionCount(String moduleId, String questionId, long answered, long wrong) {}

    /** How often one wrong answer (as stored) was given to a question. */
    public record WrongAnswer(String moduleId, String questionId, String answer, long times) {}

    /** Confidence levels given for a module in one phase (pre or post): their sum, count and pupils. */
    public record ConfidenceSum(String moduleId, String phase, long levelSum, long answers, long pupils) {}

    @Inject
    EntityManager em;

    public List<PupilRow> pupils(long classId) {
        return em.createQuery(
                        "select p.id, p.displayName from Pupil p where p.schoolClass.id = ?1 order by p.displayName, p.id",
                        Object[].class)
                .setParameter(1, classId)
                .getResultStream()
                .map(r -> new PupilRow((Long) r[0], (String) r[1]))
                .toList();
    }

    public List<ProgressRow> progress(long classId, List<String> moduleIds) {
        if (moduleIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "select mp.pupilId, mp.moduleId, mp.status, mp.stepsDone, mp.stepsTotal, mp.attempts,"
                                + " mp.bestScore, mp.criticalWrong, mp.startedAt, mp.completedAt, mp.masteredAt"
                                + " from Pupil p, ModuleProgress mp where mp.pupilId = p.id"
                                + " and p.schoolClass.id = ?1 and mp.moduleId in ?2",
                        Object[].class)
                .setParameter(1, classId)
                .setParameter(2, moduleIds)
                .getResultStream()
                .map(ClassProgress::progressRow)
                .toList();
    }

    /** Every progress row of one pupil, on any module. */
    public List<ProgressRow> progressOfPupil(long pupilId) {
        return em.createQuery(
                        "select mp.pupilId, mp.moduleId, mp.status, mp.stepsDone, mp.stepsTotal, mp.attempts,"
                                + " mp.bestScore, mp.criticalWrong, mp.startedAt, mp.completedAt, mp.masteredAt"
                                + " from ModuleProgress mp where mp.pupilId = ?1 order by mp.startedAt",
                        Object[].class)
                .setParameter(1, pupilId)
                .getResultStream()
                .map(ClassProgress::progressRow)
                .toList();
    }

    public List<QuestionCount> questionCounts(long classId, List<String> moduleIds) {
        if (moduleIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "select qa.moduleId, aa.questionId, count(distinct qa.pupilId),"
                                + " count(distinct case when aa.correct = false then qa.pupilId end)"
                                + " from Pupil p, QuizAttempt qa, AttemptAnswer aa"
                                + " where qa.pupilId = p.id and aa.attemptId = qa.id and p.schoolClass.id = ?1"
                                + " and qa.moduleId in ?2 and aa.graded = true"
                                + " group by qa.moduleId, aa.questionId",
                        Object[].class)
                .setParameter(1, classId)
                .setParameter(2, moduleIds)
                .getResultStream()
                .map(r -> new QuestionCount(
                        (String) r[0], (String) r[1], ((Number) r[2]).longValue(), ((Number) r[3]).longValue()))
                .toList();
    }

    public List<WrongAnswer> wrongAnswers(long classId, List<String> moduleIds) {
        if (moduleIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "select qa.moduleId, aa.questionId, aa.answer, count(aa)"
                                + " from Pupil p, QuizAttempt qa, AttemptAnswer aa"
                                + " where qa.pupilId = p.id and aa.attemptId = qa.id and p.schoolClass.id = ?1"
                                + " and qa.moduleId in ?2 and aa.graded = true and aa.correct = false"
                                + " group by qa.moduleId, aa.questionId, aa.answer",
                        Object[].class)
                .setParameter(1, classId)
                .setParameter(2, moduleIds)
                .getResultStream()
                .map(r -> new WrongAnswer((String) r[0], (String) r[1], (String) r[2], ((Number) r[3]).longValue()))
                .toList();
    }

    public List<ConfidenceSum> confidence(long classId, List<String> moduleIds) {
        if (moduleIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "select c.moduleId, c.phase, sum(c.level), count(c), count(distinct c.pupilId)"
                                + " from Pupil p, ConfidenceAnswer c where c.pupilId = p.id"
                                + " and p.schoolClass.id = ?1 and c.moduleId in ?2 group by c.moduleId, c.phase",
                        Object[].class)
                .setParameter(1, classId)
                .setParameter(2, moduleIds)
                .getResultStream()
                .map(ClassProgress::confidenceSum)
                .toList();
    }

    /** One pupil's confidence, by module and phase. */
    public List<ConfidenceSum> confidenceOfPupil(long pupilId) {
        return em.createQuery(
                        "select c.moduleId, c.phase, sum(c.level), count(c), count(distinct c.pupilId)"
                                + " from ConfidenceAnswer c where c.pupilId = ?1 group by c.moduleId, c.phase",
                        Object[].class)
                .setParameter(1, pupilId)
                .getResultStream()
                .map(ClassProgress::confidenceSum)
                .toList();
    }

    /** One quiz attempt of a pupil with the questions answered wrongly in it. */
    public record AttemptRow(
            long id,
            String moduleId,
            int number,
            LocalDateTime startedAt,
            LocalDateTime finishedAt,
            Integer score,
            boolean mastered,
            boolean criticalWrong) {}

    public List<AttemptRow> attemptsOfPupil(long pupilId) {
        return em.createQuery(
                        "select qa.id, qa.moduleId, qa.attemptNumber, qa.startedAt, qa.finishedAt, qa.score,"
                                + " qa.mastered, qa.criticalWrong from QuizAttempt qa where qa.pupilId = ?1"
                                + " order by qa.moduleId, qa.attemptNumber",
                        Object[].class)
                .setParameter(1, pupilId)
                .getResultStream()
                .map(r -> new AttemptRow(
                        (Long) r[0],
                        (String) r[1],
                        (Integer) r[2],
                        (LocalDateTime) r[3],
                        (LocalDateTime) r[4],
                        (Integer) r[5],
                        (Boolean) r[6],
                        (Boolean) r[7]))
                .toList();
    }

    /** attempt id and question id of every graded answer the pupil got wrong. */
    public List<Object[]> wrongOfPupil(long pupilId) {
        return em.createQuery(
                        "select aa.attemptId, aa.questionId from QuizAttempt qa, AttemptAnswer aa"
                                + " where aa.attemptId = qa.id and qa.pupilId = ?1 and aa.graded = true"
                                + " and aa.correct = false",
                        Object[].class)
                .setParameter(1, pupilId)
                .getResultList();
    }

    private static ProgressRow progressRow(Object[] r) {
        return new ProgressRow(
                (Long) r[0],
                (String) r[1],
                (String) r[2],
                (Integer) r[3],
                (Integer) r[4],
                (Integer) r[5],
                (Integer) r[6],
                (Boolean) r[7],
                (LocalDateTime) r[8],
                (LocalDateTime) r[9],
                (LocalDateTime) r[10]);
    }

    private static ConfidenceSum confidenceSum(Object[] r) {
        return new ConfidenceSum(
                (String) r[0],
                (String) r[1],
                ((Number) r[2]).longValue(),
                ((Number) r[3]).longValue(),
                ((Number) r[4]).longValue());
    }
}
