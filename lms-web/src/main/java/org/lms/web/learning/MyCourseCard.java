package org.lms.web.learning;

import org.lms.service.learning.MyCourseRow;

/**
 * A course of "My learning" with its texts worded once in Java: the page then only reads values,
 * where a call per card from the page (a method expression resolved by reflection on every call)
 * cost more than the rest of the card.
 */
public record MyCourseCard(MyCourseRow course, String statusLabel, String dueText, String progressText, String actionLabel,
        String playerAddress) {
}
