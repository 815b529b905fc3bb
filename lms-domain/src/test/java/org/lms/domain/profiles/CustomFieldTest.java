package org.lms.domain.profiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CustomFieldTest {

    private static final List<String> SIZES = List.of("S", "M", "L");

    @Test
    void textTakesAnyLineUpToTheLimit() {
        assertEquals(Optional.empty(), CustomFieldType.TEXT.whyNot("Building 7, 3rd floor", List.of()));
        assertEquals(Optional.empty(), CustomFieldType.TEXT.whyNot("x".repeat(CustomField.VALUE_MAX), List.of()));
        assertEquals(Optional.of("input.tooLong"), CustomFieldType.TEXT.whyNot("x".repeat(CustomField.VALUE_MAX + 1), List.of()));
        assertEquals(Optional.of("input.controlCharacters"), CustomFieldType.TEXT.whyNot("two\nlines", List.of()));
    }

    @Test
    void aDateIsAnIsoCalendarDate() {
        assertEquals(Optional.empty(), CustomFieldType.DATE.whyNot("2024-02-29", List.of()));
        assertEquals(Optional.of("input.dateInvalid"), CustomFieldType.DATE.whyNot("2023-02-29", List.of()));
        assertEquals(Optional.of("input.dateInvalid"), CustomFieldType.DATE.whyNot("31.12.2025", List.of()));
        assertEquals(Optional.of("input.dateInvalid"), CustomFieldType.DATE.whyNot("tomorrow", List.of()));
    }

    @Test
    void aChoiceIsOneOfTheFieldsChoicesExactly() {
        assertEquals(Optional.empty(), CustomFieldType.CHOICE.whyNot("M", SIZES));
        assertEquals(Optional.of("input.choiceUnknown"), CustomFieldType.CHOICE.whyNot("XL", SIZES));
        assertEquals(Optional.of("input.choiceUnknown"), CustomFieldType.CHOICE.whyNot("m", SIZES));
    }

    @Test
    void choicesAreKeptInOrderAndOnlyForChoiceFields() {
        CustomField size = new CustomField("shirt_size", "Shirt size", CustomFieldType.CHOICE, SIZES, 0);
        assertEquals(SIZES, size.getChoices());
        CustomField text = new CustomField("desk", "Desk", CustomFieldType.TEXT, SIZES, 1);
        assertEquals(List.of(), text.getChoices());
    }

    @Test
    void keysAreLowerCaseSoTheyNeverClashWithStandardFields() {
        assertThrows(IllegalArgumentException.class, () -> new CustomField("PHONE", "Phone", CustomFieldType.TEXT, List.of(), 0));
        assertThrows(IllegalArgumentException.class, () -> new CustomField("1st", "First", CustomFieldType.TEXT, List.of(), 0));
        assertEquals("cost_center_2", new CustomField("cost_center_2", "Cost center", CustomFieldType.TEXT, List.of(), 0).getKey());
    }
}
