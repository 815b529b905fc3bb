package org.lms.service.discussion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.lms.domain.discussion.DiscussionPost;
import org.lms.service.permissions.InvalidInput;

class PostTextTest {

    @Test
    void aBodyKeepsItsLinesAndMarkupAsWritten() {
        assertEquals("<script>x</script>\nsecond line\n\tindented", PostText.body("  <script>x</script>\r\nsecond line\r\n\tindented \n"));
    }

    @Test
    void anEmptyBodyIsRefusedByName() {
        InvalidInput e = assertThrows(InvalidInput.class, () -> PostText.body(" \n "));
        assertEquals("input.required", e.fieldReasons().get("body").key());
    }

    @Test
    void aBodyMayBeTenThousandCharactersAndNoMore() {
        assertEquals(DiscussionPost.BODY_MAX, PostText.body("a".repeat(DiscussionPost.BODY_MAX)).length());
        InvalidInput e = assertThrows(InvalidInput.class, () -> PostText.body("a".repeat(DiscussionPost.BODY_MAX + 1)));
        assertEquals("input.tooLong", e.fieldReasons().get("body").key());
    }

    @Test
    void controlCharactersOtherThanLineBreaksAndTabsAreRefused() {
        InvalidInput e = assertThrows(InvalidInput.class, () -> PostText.body("bell\u0007"));
        assertEquals("input.controlCharacters", e.fieldReasons().get("body").key());
    }

    @Test
    void aNewThreadNamesEveryBadFieldAtOnce() {
        assertEquals(java.util.Set.of("title", "body"), assertThrows(InvalidInput.class, () -> PostText.opening(" ", null))
                .fieldReasons().keySet());
        assertEquals(new PostText.Opening("Title", "Body"), PostText.opening(" Title", "Body "));
    }

    @Test
    void aTitleIsOneLineOfAtMostTwoHundredCharacters() {
        assertEquals("Question", PostText.title(" Question "));
        assertEquals("input.tooLong", assertThrows(InvalidInput.class, () -> PostText.title("t".repeat(201)))
                .fieldReasons().get("title").key());
        assertEquals("input.controlCharacters", assertThrows(InvalidInput.class, () -> PostText.title("two\nlines"))
                .fieldReasons().get("title").key());
        assertEquals("input.required", assertThrows(InvalidInput.class, () -> PostText.title(null))
                .fieldReasons().get("title").key());
    }
}
