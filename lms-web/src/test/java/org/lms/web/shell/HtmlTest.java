package org.lms.web.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void markupCharactersBecomeEntitiesAndTheRestStays() {
        assertEquals("&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &#39;quoted&#39;",
                Html.escape("<img src=x onerror=\"alert(1)\"> & 'quoted'"));
        assertEquals("Grüße · 50 %", Html.escape("Grüße · 50 %"));
        assertEquals("", Html.escape(""));
    }

    @Test
    void nothingIsAppendedForNoText() {
        assertEquals("a", Html.append(new StringBuilder("a"), null).toString());
    }
}
