package org.lms.service.profiles;

import java.io.Serializable;
import org.lms.domain.profiles.FieldAccess;

/** One cell of the profile-field matrix to set: how the role sees the field. */
public record RuleChange(String fieldKey, long roleId, FieldAccess access) implements Serializable {
}
