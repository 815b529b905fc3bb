package org.lms.web.api.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParametersTest {

    private enum Color { RED, GREEN }

    private static Map<String, String> reasons(Parameters parameters) {
        ApiProblem problem = assertThrows(ApiProblem.class, parameters::validate);
        return problem.describe(Locale.ENGLISH).body().error().fields();
    }

    @Test
    void pagingHasDefaultsAndLimits() {
        Parameters parameters = new Parameters();
        assertEquals(new Paging(0, Paging.DEFAULT_SIZE), parameters.paging(null, ""));
        assertEquals(new Paging(3, 200), parameters.paging("3", "200"));
        assertEquals(600, new Paging(3, 200).first());
        parameters.validate();

        Parameters wrong = new Parameters();
        wrong.paging("-1", "201");
        assertEquals(Map.of("page", "A page number from 0.", "size", "A page size from 1 to 200."), reasons(wrong));

        Parameters overflow = new Parameters();
        overflow.paging(Integer.toString(Integer.MAX_VALUE), "200");
        assertTrue(reasons(overflow).containsKey("page"), "the first item's index must fit");
    }

    @Test
    void sortNamesAFieldWithAnOptionalDirection() {
        Parameters parameters = new Parameters();
        Map<String, Color> fields = Map.of("red", Color.RED, "green", Color.GREEN);
        assertEquals(new Parameters.Sort<>(Color.RED, false), parameters.sort(null, fields, Color.RED));
        assertEquals(new Parameters.Sort<>(Color.GREEN, true), parameters.sort("-green", fields, Color.RED));
        assertEquals(new Parameters.Sort<>(Color.GREEN, false), parameters.sort("+green", fields, Color.RED));
        parameters.validate();
        parameters.sort("blue", fields, Color.RED);
        assertEquals("Must be one of: green, red.", reasons(parameters).get("sort"));
    }

    @Test
    void choicesNumbersAndInstantsAreCheckedAndNamed() {
        Parameters parameters = new Parameters();
        assertEquals(Color.GREEN, parameters.choice("color", "green", Color.class));
        assertNull(parameters.choice("color", " ", Color.class));
        assertEquals(7L, parameters.number("id", " 7 "));
        assertEquals(Instant.parse("2026-01-31T09:00:00Z"), parameters.instant("from", "2026-01-31T09:00:00Z"));
        parameters.validate();

        parameters.choice("color", "blue", Color.class);
        parameters.number("id", "seven");
        parameters.instant("from", "yesterday");
        parameters.requiredNumber("userId", null);
        assertEquals(Map.of("color", "Must be one of: RED, GREEN.", "id", "Must be a whole number.",
                "from", "An ISO-8601 instant, such as 2026-01-31T09:00:00Z.", "userId", "This field is required."),
                reasons(parameters));
    }

    @Test
    void aFixedOrderMayOnlyBeNamed() {
        Parameters parameters = new Parameters();
        parameters.fixedOrder(null, "name");
        parameters.fixedOrder("name", "name");
        parameters.fixedOrder("+name", "name");
        parameters.validate();
        parameters.fixedOrder("-name", "name");
        assertEquals("Must be one of: name.", reasons(parameters).get("sort"));
    }
}
