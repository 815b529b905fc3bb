package org.lms.service.content;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Lesson text as authors write it in the editor, reduced on save to an allow-list of formatting:
 * paragraphs, headings, lists, emphasis, quotes, code, tables and links (http, https, mailto;
 * opened without access to this page). Scripts, event handlers, styles, frames and forms never
 * survive, so the stored text is shown to learners as it is.
 */
public final class RichText {

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.TABLES)
            .and(new HtmlPolicyBuilder()
                    .allowElements("a")
                    .allowUrlProtocols("http", "https", "mailto")
                    .allowAttributes("href").onElements("a")
                    .requireRelsOnLinks("noopener", "noreferrer")
                    .allowAttributes("target").matching(false, "_blank").onElements("a")
                    .allowElements("pre", "code", "hr", "br", "sub", "sup")
                    .toFactory());

    private RichText() {
    }

    /** The text with everything outside the allow-list removed; blank when nothing is left. */
    public static String sanitize(String html) {
        return html == null ? "" : POLICY.sanitize(html).strip();
    }

    /** Whether the sanitized text shows anything at all (an editor leaves "<p><br></p>" when emptied). */
    public static boolean isBlank(String sanitized) {
        return sanitized.replaceAll("<[^>]*>", "").replace("&nbsp;", " ").replace("&#160;", " ").isBlank();
    }
}
