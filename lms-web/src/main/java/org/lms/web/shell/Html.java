package org.lms.web.shell;

/**
 * Escaping of text for HTML, for the few places that write markup without a Faces response writer
 * (error pages) or build it as one text (the cards of My learning). The result is safe both as
 * element content and inside a double- or single-quoted attribute.
 */
public final class Html {

    private Html() {
    }

    /** Appends {@code text} to {@code markup}, escaped; nothing for {@code null}. */
    public static StringBuilder append(StringBuilder markup, String text) {
        if (text == null) {
            return markup;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> markup.append("&amp;");
                case '<' -> markup.append("&lt;");
                case '>' -> markup.append("&gt;");
                case '"' -> markup.append("&quot;");
                case '\'' -> markup.append("&#39;");
                default -> markup.append(c);
            }
        }
        return markup;
    }

    /** {@code text}, escaped. */
    public static String escape(String text) {
        return append(new StringBuilder(text.length() + 16), text).toString();
    }
}
