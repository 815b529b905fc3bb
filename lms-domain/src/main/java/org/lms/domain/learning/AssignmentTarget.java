package org.lms.domain.learning;

/** Whom an assignment rule gives a course: one person, a group's members, or an organization subtree. */
public enum AssignmentTarget {
    USER, GROUP, ORGANIZATION
}
