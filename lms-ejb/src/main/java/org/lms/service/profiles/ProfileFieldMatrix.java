package org.lms.service.profiles;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.lms.domain.profiles.FieldAccess;
import org.lms.service.roles.RoleChoice;

/**
 * Every profile field (standard first, then custom ones in their order) against every role, with
 * the access each role has: the stored rule, or the default. {@code ruled} holds the cells an
 * Administrator set (the others follow the default).
 */
public record ProfileFieldMatrix(List<FieldDefinition> fields, List<RoleChoice> roles, Map<String, FieldAccess> cells,
        java.util.Set<String> ruled) implements Serializable {

    public static String cell(String fieldKey, long roleId) {
        return fieldKey + "/" + roleId;
    }

    public FieldAccess access(String fieldKey, long roleId) {
        return cells.get(cell(fieldKey, roleId));
    }

    public boolean isRuled(String fieldKey, long roleId) {
        return ruled.contains(cell(fieldKey, roleId));
    }
}
