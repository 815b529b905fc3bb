package org.lms.domain.organizations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import org.junit.jupiter.api.Test;

class OrganizationTest {

    /** What the persistence provider does on persist, followed by what the service does. */
    private static Organization persisted(long id, String name, Organization parent) {
        Organization organization = new Organization(name, parent);
        try {
            Field field = Organization.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(organization, id);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        organization.assignPath();
        return organization;
    }

    @Test
    void assignPathNeedsAnId() {
        Organization unsaved = new Organization("Acme", null);
        assertThrows(IllegalStateException.class, unsaved::assignPath);
        assertEquals("", unsaved.getPath());
    }

    @Test
    void rootPathIsItsIdBetweenSlashes() {
        Organization root = persisted(1, "Acme", null);
        assertEquals("/1/", root.getPath());
        assertEquals(0, root.depth());
    }

    @Test
    void childPathIsParentPathPlusOwnId() {
        Organization root = persisted(1, "Acme", null);
        Organization sales = persisted(7, "Sales", root);
        Organization north = persisted(12, "North", sales);

        assertEquals("/1/7/", sales.getPath());
        assertEquals("/1/7/12/", north.getPath());
        assertEquals(1, sales.depth());
        assertEquals(2, north.depth());
        assertEquals(sales, north.getParent());
    }

    @Test
    void containsItselfAndEverythingBelow() {
        Organization root = persisted(1, "Acme", null);
        Organization sales = persisted(7, "Sales", root);
        Organization north = persisted(12, "North", sales);

        assertTrue(root.contains(root));
        assertTrue(root.contains(sales));
        assertTrue(root.contains(north));
        assertTrue(sales.contains(north));
        assertTrue(sales.contains(sales));
    }

    @Test
    void doesNotContainAncestorsOrSiblings() {
        Organization root = persisted(1, "Acme", null);
        Organization sales = persisted(7, "Sales", root);
        Organization support = persisted(8, "Support", root);
        Organization north = persisted(12, "North", sales);

        assertFalse(sales.contains(root));
        assertFalse(north.contains(sales));
        assertFalse(sales.contains(support));
        assertFalse(support.contains(north));
        assertFalse(sales.contains(null));
    }

    @Test
    void anIdThatIsAPrefixOfAnotherIdIsNotAnAncestor() {
        Organization root = persisted(1, "Acme", null);
        Organization one = persisted(7, "Seven", root);
        Organization seventy = persisted(70, "Seventy", root);
        Organization below = persisted(700, "Below seventy", seventy);

        assertFalse(one.contains(seventy));
        assertFalse(one.contains(below));
        assertTrue(seventy.contains(below));
    }

    @Test
    void renameChangesTheName() {
        Organization root = persisted(1, "Acme", null);
        root.rename("Acme Inc.");
        assertEquals("Acme Inc.", root.getName());
        assertEquals("/1/", root.getPath());
    }
}
