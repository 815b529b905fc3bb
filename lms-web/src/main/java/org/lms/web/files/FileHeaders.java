package org.lms.web.files;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.lms.service.content.StoredFile;

/** The headers that go with a lesson file, the same for the pages and the API. */
public final class FileHeaders {

    private FileHeaders() {
    }

    /**
     * Shown in the browser for media and PDFs (the player embeds them), with the stored name for
     * "save as"; the name is given both plainly (ASCII only) and encoded (RFC 6266).
     */
    public static String contentDisposition(StoredFile file, boolean download) {
        String ascii = file.name().replaceAll("[^\\x20-\\x7E]", "_").replace("\\", "_");
        String encoded = URLEncoder.encode(file.name(), StandardCharsets.UTF_8).replace("+", "%20");
        return (download ? "attachment" : "inline") + "; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }

    /** A strong validator: the content's digest, so a replaced file is never served from a cache. */
    public static String etag(StoredFile file) {
        return "\"" + file.sha256() + "\"";
    }
}
