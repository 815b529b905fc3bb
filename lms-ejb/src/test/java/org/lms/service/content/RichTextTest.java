package org.lms.service.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lms.domain.content.Lesson;
import org.lms.domain.content.LessonKind;
import org.lms.service.permissions.InvalidInput;

class RichTextTest {

    @Test
    void formattingListsTablesAndWebLinksSurvive() {
        String html = "<h2>Title</h2><p><strong>Bold</strong> and <em>italic</em></p><ul><li>One</li></ul>"
                + "<table><tbody><tr><td>Cell</td></tr></tbody></table><pre><code>print</code></pre>";
        assertEquals(html, RichText.sanitize(html));
        String link = RichText.sanitize("<a href=\"https://example.com/a\">Read</a>");
        assertTrue(link.contains("href=\"https://example.com/a\""), link);
        // The sanitizer writes the two rel tokens in either order.
        assertTrue(link.matches(".*rel=\"(noopener noreferrer|noreferrer noopener)\".*"), link);
    }

    @Test
    void scriptsHandlersStylesFramesAndScriptAddressesAreRemoved() {
        String sanitized = RichText.sanitize("<p onclick=\"steal()\" style=\"position:fixed\">Hi</p><script>alert(1)</script>"
                + "<iframe src=\"https://evil.example\"></iframe><img src=x onerror=alert(1)>"
                + "<a href=\"javascript:alert(1)\">click</a><form action=\"/x\"><input name=\"p\"></form><svg onload=alert(1)></svg>");
        for (String dangerous : new String[] {"script", "onclick", "style", "iframe", "onerror", "javascript:", "form", "input",
            "svg", "alert"}) {
            assertFalse(sanitized.toLowerCase().contains(dangerous), dangerous + " survived: " + sanitized);
        }
        assertTrue(sanitized.startsWith("<p>Hi</p>"), sanitized);
    }

    @Test
    void anEmptiedEditorCountsAsNoText() {
        assertTrue(RichText.isBlank(RichText.sanitize("<p><br></p>")));
        assertTrue(RichText.isBlank(RichText.sanitize("<script>only()</script>")));
        assertFalse(RichText.isBlank(RichText.sanitize("<p>x</p>")));
    }

    @Test
    void aLessonNamesEveryFieldThatIsWrongAtOnce() {
        InvalidInput invalid = assertThrows(InvalidInput.class,
                () -> LessonInput.check(new LessonDraft(LessonKind.LINK, "", null, "ftp://files.example/x")));
        assertEquals(Set.of("title", "url"), invalid.fieldReasons().keySet());
        assertEquals(Set.of("kind", "title"), assertThrows(InvalidInput.class,
                () -> LessonInput.check(new LessonDraft(null, null, "<p>x</p>", null))).fieldReasons().keySet());
        assertEquals(Set.of("body"), assertThrows(InvalidInput.class,
                () -> LessonInput.check(new LessonDraft(LessonKind.TEXT, "Empty", "<p> </p>", null))).fieldReasons().keySet());
        String tooLong = "<p>" + "x".repeat(Lesson.BODY_MAX) + "</p>";
        assertEquals("input.tooLong", assertThrows(InvalidInput.class,
                () -> LessonInput.check(new LessonDraft(LessonKind.TEXT, "Long", tooLong, null))).fieldReasons().get("body").key());
    }

    @Test
    void aTextLessonKeepsNoAddressAndALinkLessonMayHaveNoText() {
        LessonInput text = LessonInput.check(new LessonDraft(LessonKind.TEXT, " Intro ", "<p>Hello</p>", "https://ignored.example"));
        assertEquals("Intro", text.title());
        assertEquals(null, text.url());
        LessonInput link = LessonInput.check(new LessonDraft(LessonKind.LINK, "Guide", "<p><br></p>", " https://guide.example/a "));
        assertEquals("https://guide.example/a", link.url());
        assertEquals(null, link.body());
    }
}
