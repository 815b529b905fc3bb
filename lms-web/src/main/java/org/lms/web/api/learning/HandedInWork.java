package org.lms.web.api.learning;

import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.lms.web.api.support.ApiText;
import org.lms.web.api.support.JsonBody;
import org.lms.web.api.support.Message;
import org.lms.web.api.support.Parameters;
import org.lms.web.api.support.RequestSizeLimit;

/**
 * What a learner hands in or replaces a submission with, as the service takes it: text, a file
 * (its name and content), both, or neither (which the service refuses), and for a replacement the
 * version of the submission replaced. It comes as JSON ({@link MySubmissionsResource.TextInput}) or
 * as {@code multipart/form-data} with the parts {@code text} (plain text, UTF-8 unless the part names
 * another charset), {@code file} (its filename is the name the file is stored under; what it is,
 * the service tells from its content, whatever the part's own Content-Type says) and, to replace,
 * {@code version}. Only the shape is checked here; what the text and the file may be is the
 * service's decision, whichever way they came.
 *
 * <p>The runtime has read a form's parts (a file beyond a small buffer into a temporary file,
 * never whole into memory) before this sees them, within
 * {@link RequestSizeLimit#SUBMISSION_FORM_MAX_BYTES} for the whole body; the file is then streamed
 * to the service, which counts it against its own limit. A file part with neither a filename nor
 * any content is what a browser sends when no file was chosen, and counts as no file.
 *
 * @param file the file's content, or null when no file was sent
 */
record HandedInWork(String text, Long version, String fileName, InputStream file) {

    static final String TEXT = "text";
    static final String FILE = "file";
    static final String VERSION = "version";
    /** A version is a number of at most 19 digits; anything longer is not one. */
    private static final int VERSION_MAX_BYTES = 64;

    /** Text (and the version when {@code versioned}) sent as JSON. */
    static HandedInWork fromJson(JsonBody body, boolean versioned) {
        MySubmissionsResource.TextInput input = MySubmissionsResource.TextInput.from(JsonBody.present(body), versioned);
        return new HandedInWork(input.text(), input.version(), null, null);
    }

    /**
     * The parts of a form; unknown, repeated and unreadable parts, and a missing {@code version}
     * when {@code versioned}, answer 400 naming each of them.
     */
    static HandedInWork fromForm(List<EntityPart> parts, boolean versioned) {
        Set<String> accepted = versioned ? Set.of(TEXT, FILE, VERSION) : Set.of(TEXT, FILE);
        Parameters problems = new Parameters();
        Set<String> seen = new HashSet<>();
        String text = null;
        String version = null;
        EntityPart file = null;
        for (EntityPart part : parts == null ? List.<EntityPart>of() : parts) {
            String name = part.getName();
            if (!accepted.contains(name)) {
                problems.note(name == null ? "" : name, new Message(ApiText.FIELD_UNKNOWN));
            } else if (!seen.add(name)) {
                problems.note(name, new Message(ApiText.FIELD_ONCE));
            } else if (TEXT.equals(name)) {
                text = text(part, RequestSizeLimit.MAX_BYTES, problems);
            } else if (VERSION.equals(name)) {
                version = text(part, VERSION_MAX_BYTES, problems);
            } else {
                file = part;
            }
        }
        // A version part that could not be read is noted already.
        boolean versionUnreadable = seen.contains(VERSION) && version == null;
        Long seenVersion = versioned && !versionUnreadable ? problems.requiredNumber(VERSION, version) : null;
        problems.validate();
        InputStream content = file == null ? null : content(file);
        return new HandedInWork(text, seenVersion, content == null ? null : file.getFileName().orElse(null), content);
    }

    /**
     * Whether the form has no parts at all: only its closing boundary, as a browser sends a form
     * without fields. The multipart reader refuses such a body as malformed; it is read as a form
     * that gives nothing, which the service then refuses on {@code text}. Reads nothing off {@code body}.
     */
    static boolean isEmpty(BufferedInputStream body, MediaType type) throws IOException {
        String boundary = type.getParameters().get("boundary");
        if (boundary == null) {
            return false;
        }
        if (boundary.length() > 1 && boundary.startsWith("\"") && boundary.endsWith("\"")) {
            boundary = boundary.substring(1, boundary.length() - 1);
        }
        String close = "--" + boundary + "--";
        int look = close.length() + 4;
        body.mark(look);
        byte[] head = body.readNBytes(look);
        body.reset();
        return new String(head, StandardCharsets.ISO_8859_1).strip().equals(close);
    }

    /** A part's text, read up to {@code max} bytes; beyond that, or in a charset unknown here, it is noted as a problem. */
    private static String text(EntityPart part, int max, Parameters problems) {
        Charset charset = charset(part.getMediaType());
        if (charset == null) {
            problems.note(part.getName(), new Message(ApiText.FIELD_TEXT));
            return null;
        }
        try (InputStream in = part.getContent()) {
            byte[] bytes = in.readNBytes(max + 1);
            if (bytes.length > max) {
                problems.note(part.getName(), new Message(ApiText.FIELD_PART_TOO_LARGE, max));
                return null;
            }
            return new String(bytes, charset);
        } catch (IOException e) {
            throw new UncheckedIOException("the part " + part.getName() + " cannot be read", e);
        }
    }

    private static Charset charset(MediaType type) {
        String name = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (name == null) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name.strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException unknown) {
            return null;
        }
    }

    /** The file's content, or null for an empty part without a name (no file chosen). */
    private static InputStream content(EntityPart file) {
        try {
            PushbackInputStream in = new PushbackInputStream(file.getContent(), 1);
            int first = in.read();
            if (first < 0 && file.getFileName().filter(name -> !name.isEmpty()).isEmpty()) {
                in.close();
                return null;
            }
            if (first >= 0) {
                in.unread(first);
            }
            return in;
        } catch (IOException e) {
            throw new UncheckedIOException("the file part cannot be read", e);
        }
    }
}
