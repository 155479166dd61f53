package org.hifazat.classes;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.util.List;
import java.util.Optional;
import org.hifazat.identity.AdultAccount;
import org.hifazat.identity.CurrentUser;
import org.hifazat.identity.Role;
import org.hifazat.school.SchoolClass;

/**
 * Which classes the signed-in adult may see and change, in one place. A class the adult may not see answers as if
 * it did not exist (404), so ids in addresses reveal nothing; a head teacher who may see but not change a class
 * gets 403 on a change.
 */
@RequestScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ClassAccess {

    @Inject
    CurrentUser user;

    /** The class with this id (as typed in an address) if the adult may see it. */
    public SchoolClass viewable(String classId) {
        return parseId(classId)
                .flatMap(id -> SchoolClass.<SchoolClass>findByIdOptional(id))
                .filter(this::maySee)
                .orElseThrow(NotFoundException::new);
    }

    /** The class with this id if the adult teaches it; 403 for the head teacher, 404 for everyone else. */
    public SchoolClass changeable(String classId) {
        SchoolClass schoolClass = viewable(classId);
        if (!mayChange(schoolClass)) {
            throw new ForbiddenException();
        }
        return schoolClass;
    }

    public boolean maySee(SchoolClass schoolClass) {
        AdultAccount adult = user.adult();
        if (adult.role == Role.SCHOOL_ADMIN) {
            return adult.school != null && adult.school.id.equals(schoolClass.school.id);
        }
        return mayChange(schoolClass);
    }

    /** Only the class's own teacher changes the class, its pupils and their cards. */
    public boolean mayChange(SchoolClass schoolClass) {
        AdultAccount adult = user.adult();
        return adult.role == Role.TEACHER && schoolClass.teacher != null && schoolClass.teacher.id.equals(adult.id);
    }

    /** The classes on the adult's start page: their own as a teacher, the whole school as a head teacher. */
    public List<SchoolClass> visibleClasses() {
        AdultAccount adult = user.adult();
        if (adult.role == Role.SCHOOL_ADMIN) {
            return adult.school == null ? List.of() : SchoolClass.listInSchool(adult.school);
        }
        return adult.role == Role.TEACHER ? SchoolClass.listOfTeacher(adult) : List.of();
    }

    /** An id from an address: digits only, else nothing (and so a 404). */
    public static Optional<Long> parseId(String id) {
        return id != null && id.matches("\\d{1,18}") ? Optional.of(Long.parseLong(id)) : Optional.empty();
    }
}
