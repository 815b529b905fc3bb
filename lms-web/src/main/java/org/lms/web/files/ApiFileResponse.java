package org.lms.web.files;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.lms.service.content.FileSink;
import org.lms.service.content.StoredFile;

/**
 * A lesson file as a JAX-RS answer. JAX-RS wants status and headers before the body, so they are
 * worked out from the file the service announced; the bytes are then sent by the service, which
 * checks access again and refuses to mix in a file replaced in between.
 */
public final class ApiFileResponse {

    private ApiFileResponse() {
    }

    /**
     * For a service that describes and sends a file in one call: {@code sender} runs twice, first
     * taking no bytes (the file's description sets the status and headers), then sending them.
     */
    public static Response of(String range, String ifNoneMatch, boolean download, Consumer<FileSink> sender) {
        StoredFile[] announced = new StoredFile[1];
        sender.accept(file -> {
            announced[0] = file;
            return FileSink.Slice.none();
        });
        return of(announced[0], range, ifNoneMatch, download, sender);
    }

    public static Response of(StoredFile file, String range, String ifNoneMatch, boolean download, Consumer<FileSink> sender) {
        Headers headers = new Headers();
        new FileDelivery(range, ifNoneMatch, true, download, null, headers).start(file);
        Response.ResponseBuilder answer = Response.status(headers.status);
        headers.values.forEach(answer::header);
        if (headers.status == 200 || headers.status == 206) {
            StreamingOutput body = out -> sender.accept(new FileDelivery(range, ifNoneMatch, false, download, file.sha256(),
                    new BodyOnly(out)));
            answer.entity(body);
        }
        return answer.build();
    }

    /** Collects what {@link FileDelivery} decides. */
    private static final class Headers implements FileDelivery.Answer {

        private int status = 200;
        private final Map<String, String> values = new LinkedHashMap<>();

        @Override
        public void status(int status) {
            this.status = status;
        }

        @Override
        public void header(String name, String value) {
            values.put(name, value);
        }

        @Override
        public OutputStream body() {
            throw new IllegalStateException("headers only");
        }
    }

    /** The second pass: status and headers are already on their way; only the bytes are wanted. */
    private record BodyOnly(OutputStream out) implements FileDelivery.Answer {

        @Override
        public void status(int status) {
            // decided in the first pass
        }

        @Override
        public void header(String name, String value) {
            // decided in the first pass
        }

        @Override
        public OutputStream body() {
            return out;
        }
    }
}
