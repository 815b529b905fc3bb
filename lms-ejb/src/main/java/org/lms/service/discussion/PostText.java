package org.lms.service.discussion;

import java.util.LinkedHashMap;
import java.util.Map;
import org.lms.domain.discussion.DiscussionPost;
import org.lms.service.permissions.InvalidInput;
import org.lms.service.permissions.Inputs;
import org.lms.service.permissions.Reason;

/**
 * The checks of what people write in a discussion. Plain text: it is stored as written (only
 * trimmed, line ends made {@code \n}) and always shown escaped, so markup is harmless text.
 */
final class PostText {

    private PostText() {
    }

    /** A new thread's title and opening text, checked together so that every bad field is named at once. */
    record Opening(String title, String body) {
    }

    static Opening opening(String title, String body) {
        Map<String, Reason> problems = new LinkedHashMap<>();
        String cleanTitle = null;
        String cleanBody = null;
        try {
            cleanTitle = title(title);
        } catch (InvalidInput e) {
            problems.putAll(e.fieldReasons());
        }
        try {
            cleanBody = body(body);
        } catch (InvalidInput e) {
            problems.putAll(e.fieldReasons());
        }
        if (!problems.isEmpty()) {
            throw InvalidInput.fields(problems);
        }
        return new Opening(cleanTitle, cleanBody);
    }

    static String title(String title) {
        return Inputs.name("title", title, DiscussionPost.TITLE_MAX);
    }

    /** A body of one or more lines; tabs and line breaks are its only control characters. */
    static String body(String body) {
        String text = body == null ? "" : body.replace("\r\n", "\n").replace('\r', '\n').strip();
        if (text.isEmpty()) {
            throw InvalidInput.field("body", "input.required");
        }
        if (text.length() > DiscussionPost.BODY_MAX) {
            throw InvalidInput.field("body", "input.tooLong", DiscussionPost.BODY_MAX);
        }
        if (text.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
            throw InvalidInput.field("body", "input.controlCharacters");
        }
        return text;
    }
}
