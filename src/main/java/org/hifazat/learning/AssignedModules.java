package org.hifazat.learning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import java.time.LocalDate;
import org.hifazat.assignment.AssignmentService;
import org.hifazat.curriculum.CurriculumService;
import org.hifazat.curriculum.model.Module;

/** A pupil may open a module only while it is assigned to their class; anything else is "not found". */
@ApplicationScoped
public class AssignedModules {

    @Inject
    AssignmentService assignments;

    @Inject
    CurriculumService curriculum;

    public Module open(PupilContext.Me me, String moduleId) {
        boolean open = assignments.openFor(me.classId(), LocalDate.now()).stream()
                .anyMatch(w -> w.moduleId().equals(moduleId));
        if (!open) {
            throw new NotFoundException();
        }
        return curriculum.module(moduleId).orElseThrow(NotFoundException::new);
    }
}
