package org.lms.domain.content;

/** Only published content reaches learners. */
public enum ContentStatus {
    DRAFT, PUBLISHED, ARCHIVED
}
