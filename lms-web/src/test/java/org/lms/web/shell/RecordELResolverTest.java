package org.lms.web.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.PropertyNotWritableException;
import jakarta.el.VariableMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordELResolverTest {

    public record Person(String name, int age) {
    }

    public record Failing(String value) {
        @Override
        public String value() {
            throw new IllegalArgumentException("broken accessor");
        }
    }

    /** A JavaBean, which this resolver must leave to the bean resolver. */
    public static class Bean {
        public String getName() {
            return "bean";
        }
    }

    /** The least an ELContext needs; nothing here but the resolved flag is used. */
    private static final class TestContext extends ELContext {
        @Override
        public ELResolver getELResolver() {
            return null;
        }

        @Override
        public FunctionMapper getFunctionMapper() {
            return null;
        }

        @Override
        public VariableMapper getVariableMapper() {
            return null;
        }
    }

    private final RecordELResolver resolver = new RecordELResolver();
    private final ELContext context = new TestContext();
    private final Person alice = new Person("Alice", 42);

    @Test
    void readsARecordComponentAndMarksItResolved() {
        assertEquals("Alice", resolver.getValue(context, alice, "name"));
        assertTrue(context.isPropertyResolved());
    }

    @Test
    void readsPrimitiveComponentsBoxed() {
        assertEquals(42, resolver.getValue(context, alice, "age"));
        assertTrue(context.isPropertyResolved());
    }

    @Test
    void leavesUnknownComponentsToOthers() {
        assertNull(resolver.getValue(context, alice, "email"));
        assertFalse(context.isPropertyResolved());
        assertNull(resolver.getValue(context, alice, "getName"));
        assertNull(resolver.getValue(context, alice, "toString"));
        assertFalse(context.isPropertyResolved());
    }

    @Test
    void leavesNonRecordsAlone() {
        for (Object base : new Object[] {new Bean(), "a string", Map.of("name", "map"), null}) {
            assertNull(resolver.getValue(context, base, "name"), String.valueOf(base));
            assertFalse(context.isPropertyResolved(), String.valueOf(base));
            assertNull(resolver.getType(context, base, "name"));
            assertFalse(resolver.isReadOnly(context, base, "name"));
            assertFalse(context.isPropertyResolved(), String.valueOf(base));
            assertNull(resolver.getCommonPropertyType(context, base));
        }
    }

    @Test
    void leavesAMissingPropertyAlone() {
        assertNull(resolver.getValue(context, alice, null));
        assertFalse(context.isPropertyResolved());
    }

    @Test
    void refusesToWriteARecordComponent() {
        assertThrows(PropertyNotWritableException.class, () -> resolver.setValue(context, alice, "name", "Bob"));
        assertEquals("Alice", alice.name());
    }

    @Test
    void doesNotClaimWritesToOtherObjects() {
        resolver.setValue(context, new Bean(), "name", "x");
        resolver.setValue(context, alice, "email", "x");
        assertFalse(context.isPropertyResolved());
    }

    @Test
    void reportsRecordComponentsAsReadOnly() {
        assertTrue(resolver.isReadOnly(context, alice, "name"));
        assertTrue(context.isPropertyResolved());
    }

    @Test
    void typeOfAReadOnlyPropertyIsNullButResolved() {
        // Expression Language 5: getType answers null for a read-only property it resolves.
        assertNull(resolver.getType(context, alice, "name"));
        assertTrue(context.isPropertyResolved());
    }

    @Test
    void propertiesOfRecordsAreNamedByStrings() {
        assertEquals(String.class, resolver.getCommonPropertyType(context, alice));
    }

    @Test
    void aFailingAccessorIsReportedNotSwallowed() {
        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> resolver.getValue(context, new Failing("x"), "value"));
        assertTrue(failure.getMessage().contains("value"), failure.getMessage());
    }
}
