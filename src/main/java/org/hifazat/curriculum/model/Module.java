package org.hifazat.curriculum.model;

import java.util.List;
import java.util.Optional;

/**
 * A lesson and its quiz, loaded from one folder of {@code lessons/}. {@code band} is null for teacher units;
 * {@code family} is null for teacher units and {@code teacherNotes} may be. {@code version} is the content hash of
 * the folder: it changes with any file, while the ids inside stay.
 */
public record Module(
        String id,
        String version,
        Audience audience,
        String topic,
        Band band,
        int minutes,
        int mastery,
        Text title,
        Text question,
        List<Text> objectives,
        List<Text> keywords,
        List<String> facts,
        List<Confidence> confidence,
        List<Step> steps,
        List<QuizItem> quiz,
        Prose family,
        Prose teacherNotes) {

    public Optional<Step> step(String stepId) {
        return steps.stream().filter(s -> s.id().equals(stepId)).findFirst();
    }

    public Optional<QuizItem> item(String itemId) {
        return quiz.stream().filter(q -> q.id().equals(itemId)).findFirst();
    }
}
