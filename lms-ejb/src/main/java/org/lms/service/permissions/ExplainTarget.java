package org.lms.service.permissions;

import java.io.Serializable;

/**
 * A person, organization, group or course as the "Why?" page offers it: its name, and a detail
 * that tells two of the same name apart (a person's email, the organization a group or course
 * belongs to, an organization's parent).
 */
public record ExplainTarget(TargetType type, long id, String name, String detail) implements Serializable {
}
