package org.lms.service.content;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.lms.domain.content.Lesson;
import org.lms.domain.content.LessonKind;
import org.lms.service.permissions.InvalidInput;
import org.lms.service.permissions.Inputs;
import org.lms.service.permissions.Reason;

/** A lesson draft checked field by field; every problem is named at once, and nothing is saved. */
record LessonInput(LessonKind kind, String title, String body, String url) {

    static LessonInput check(LessonDraft draft) {
        Map<String, Reason> problems = new LinkedHashMap<>();
        LessonKind kind = draft == null ? null : draft.kind();
        if (kind == null) {
            problems.put("kind", new Reason("input.required"));
        }
        String title = null;
        try {
            title = Inputs.name("title", draft == null ? null : draft.title(), Lesson.TITLE_MAX);
        } catch (InvalidInput invalid) {
            problems.putAll(invalid.fieldReasons());
        }
        String body = RichText.sanitize(draft == null ? null : draft.body());
        if (body.length() > Lesson.BODY_MAX) {
            problems.put("body", new Reason("input.tooLong", Lesson.BODY_MAX));
        } else if ((kind == LessonKind.TEXT || kind == LessonKind.ASSIGNMENT) && RichText.isBlank(body)) {
            problems.put("body", new Reason("input.required"));
        }
        String url = null;
        if (kind == LessonKind.LINK) {
            url = draft.url() == null ? "" : draft.url().strip();
            if (url.isEmpty()) {
                problems.put("url", new Reason("input.required"));
            } else if (url.length() > Lesson.URL_MAX) {
                problems.put("url", new Reason("input.tooLong", Lesson.URL_MAX));
            } else if (!isWebAddress(url)) {
                problems.put("url", new Reason("input.webAddress"));
            }
        }
        if (!problems.isEmpty()) {
            throw InvalidInput.fields(problems);
        }
        return new LessonInput(kind, title, RichText.isBlank(body) ? null : body, url);
    }

    /** An absolute http or https address with a host: nothing a browser would run as script. */
    static boolean isWebAddress(String text) {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (URISyntaxException notAnAddress) {
            return false;
        }
    }
}
