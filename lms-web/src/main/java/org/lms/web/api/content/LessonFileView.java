package org.lms.web.api.content;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lms.service.content.StoredFile;

/** A lesson's file as the API describes it; the bytes are at the lesson's {@code /file} address. */
@Schema(name = "LessonFile")
public record LessonFileView(String name,
        @Schema(description = "Told from the file's content when it was stored", enumeration = {"application/pdf", "video/mp4",
                "video/webm", "audio/mpeg", "image/png", "image/jpeg"}) String contentType,
        @Schema(description = "Bytes") long size,
        @Schema(description = "SHA-256 of the content, hexadecimal; also the file's ETag") String sha256,
        @Schema(type = SchemaType.STRING, format = "date-time") Instant uploadedAt) {

    public static LessonFileView of(StoredFile file) {
        return file == null ? null : new LessonFileView(file.name(), file.contentType(), file.size(), file.sha256(), file.uploadedAt());
    }
}
