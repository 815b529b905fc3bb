package org.lms.domain.roles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PrivilegeTest {

    @Test
    void namesRepeatTheEnumOneToOne() throws IllegalAccessException {
        Map<String, String> constants = new HashMap<>();
        for (Field field : Privilege.Names.class.getDeclaredFields()) {
            int modifiers = field.getModifiers();
            if (field.isSynthetic() || !Modifier.isStatic(modifiers)) {
                continue;
            }
            assertTrue(Modifier.isPublic(modifiers) && Modifier.isFinal(modifiers) && field.getType() == String.class,
                    field.getName() + " must be a public static final String");
            constants.put(field.getName(), (String) field.get(null));
        }

        for (Map.Entry<String, String> constant : constants.entrySet()) {
            assertEquals(constant.getKey(), constant.getValue(), "Names." + constant.getKey());
        }
        Set<String> enumNames = Arrays.stream(Privilege.values()).map(Enum::name)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(enumNames, new TreeSet<>(constants.keySet()));
    }

    @Test
    void keysForScreens() {
        assertEquals("privilege.MANAGE_USERS", Privilege.MANAGE_USERS.labelKey());
        assertEquals("privilege.MANAGE_USERS.description", Privilege.MANAGE_USERS.descriptionKey());
    }

    @Test
    void everyPrivilegeHasACategory() {
        for (Privilege privilege : Privilege.values()) {
            assertTrue(privilege.category() != null, privilege.name());
        }
    }
}
