package org.lms.service.permissions;

/** The kinds of objects that belong to an organization and so lie inside or outside a scope. */
public enum TargetType {
    USER, ORGANIZATION, GROUP, COURSE, LESSON, QUESTION, ATTEMPT, ASSIGNMENT, SUBMISSION, ROLE, ACCOUNT,
    /** A post of a course discussion: an opening post (its id is the thread's) or a reply. */
    POST
}
