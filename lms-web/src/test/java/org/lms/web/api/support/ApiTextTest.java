package org.lms.web.api.support;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.lms.service.permissions.TargetType;

/** Every text the API speaks exists in English and German. */
class ApiTextTest {

    @Test
    void everyTextIsInBothLanguages() {
        ResourceBundle.Control base = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        ResourceBundle english = ResourceBundle.getBundle(ApiText.BUNDLE, Locale.ROOT, base);
        ResourceBundle german = ResourceBundle.getBundle(ApiText.BUNDLE, Locale.GERMAN, base);
        for (ApiText text : ApiText.values()) {
            assertNotNull(english.getString(text.key()), text.key());
            assertNotNull(german.getString(text.key()), text.key());
            assertNotEquals(english.getString(text.key()), german.getString(text.key()), text.key() + " is translated");
        }
    }

    @Test
    void everyKindOfTargetHasAName() {
        for (TargetType type : TargetType.values()) {
            assertFalse(ApiText.valueOf("TARGET_" + type.name()).in(Locale.ENGLISH).isBlank(), type.name());
        }
    }
}
