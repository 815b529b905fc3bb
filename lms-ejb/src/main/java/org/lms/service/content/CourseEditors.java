package org.lms.service.content;

import org.lms.domain.content.Course;
import org.lms.domain.roles.Privilege;
import org.lms.domain.users.User;

/**
 * Who may change a course of their scope: holders of "Manage content", and its creator while they
 * hold "Manage own content" (Instructors). The course editor and the course's discussion, where
 * these people moderate, follow the same rule.
 */
public final class CourseEditors {

    private CourseEditors() {
    }

    /** Whether {@code me} may change {@code course}; its scope is checked by the caller of this. */
    public static boolean mayChange(User me, Course course) {
        if (me.getRole().holds(Privilege.MANAGE_CONTENT)) {
            return true;
        }
        boolean creator = course.getCreatedBy() != null && course.getCreatedBy().getId().equals(me.getId());
        return creator && me.getRole().holds(Privilege.MANAGE_OWN_CONTENT);
    }
}
