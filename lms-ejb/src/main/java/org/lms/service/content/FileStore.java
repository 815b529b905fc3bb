package org.lms.service.content;

import jakarta.annotation.Resource;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.lms.service.permissions.InvalidInput;

/**
 * Files in a table of the database, one per owner (a lesson, a submission), streamed in and out
 * through JDBC so that a large file never has to fit in memory. Access is the callers' business
 * (the services check it first); this class only stores and reads. Runs in the caller's
 * transaction: a refused upload leaves nothing behind. The table has the columns of LESSON_FILE,
 * with the owner's id first.
 */
public abstract class FileStore {

    private static final int BUFFER = 64 * 1024;

    @Resource(lookup = "jdbc/lms")
    private DataSource dataSource;

    /** The table, such as {@code LESSON_FILE}. */
    protected abstract String table();

    /** The column of the owner's id, such as {@code LESSON_ID}. */
    protected abstract String key();

    /** The largest file this store takes. */
    public abstract long maxBytes();

    /** The reason given for a file over {@link #maxBytes()}, with the limit in MB as its argument. */
    protected String tooLargeKey() {
        return "input.fileTooLarge";
    }

    /** The columns that describe a file, the owner's id first. */
    protected String columns() {
        return key() + ", FILE_NAME, CONTENT_TYPE, SIZE_BYTES, SHA256, UPLOADED_AT";
    }

    /**
     * Stores {@code content} as the owner's file, replacing the one it had. Refused, with nothing
     * stored, when it is empty, larger than {@link #maxBytes()}, or not of a kind {@link FileTypes} knows.
     */
    public StoredFile store(long ownerId, String name, InputStream content) {
        BufferedInputStream in = new BufferedInputStream(content, BUFFER);
        byte[] head = new byte[FileTypes.HEAD];
        String type;
        try {
            in.mark(FileTypes.HEAD);
            int read = in.readNBytes(head, 0, head.length);
            in.reset();
            if (read == 0) {
                throw InvalidInput.field("file", "input.fileEmpty");
            }
            type = FileTypes.of(head, read).orElseThrow(() -> InvalidInput.field("file", "input.fileType"));
        } catch (IOException e) {
            throw new UncheckedIOException("the upload broke off", e);
        }
        String cleanName = FileTypes.cleanName(name);
        Limited limited = new Limited(in, maxBytes());
        DigestInputStream digested = new DigestInputStream(limited, sha256());
        StoredFile file;
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table() + " WHERE " + key() + " = ?")) {
                delete.setLong(1, ownerId);
                delete.executeUpdate();
            }
            // Microseconds, the finest time that both Derby and PostgreSQL keep: the answer then
            // equals the file as read back later.
            Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table() + " (" + columns()
                    + ", CONTENT) VALUES (?, ?, ?, 0, '', ?, ?)")) {
                insert.setLong(1, ownerId);
                insert.setString(2, cleanName);
                insert.setString(3, type);
                insert.setTimestamp(4, Timestamp.from(now));
                insert.setBinaryStream(5, digested);
                insert.executeUpdate();
            } catch (SQLException e) {
                if (limited.exceeded) {
                    throw InvalidInput.field("file", tooLargeKey(), maxBytes() / (1024 * 1024));
                }
                throw e;
            }
            String sha = HexFormat.of().formatHex(digested.getMessageDigest().digest());
            try (PreparedStatement sized = connection.prepareStatement(
                    "UPDATE " + table() + " SET SIZE_BYTES = ?, SHA256 = ? WHERE " + key() + " = ?")) {
                sized.setLong(1, limited.count);
                sized.setString(2, sha);
                sized.setLong(3, ownerId);
                sized.executeUpdate();
            }
            file = new StoredFile(ownerId, cleanName, type, limited.count, sha, now);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store the file of " + key() + " " + ownerId, e);
        }
        if (limited.exceeded) {
            // Some drivers read only what they need; a file over the limit is refused all the same.
            throw InvalidInput.field("file", tooLargeKey(), maxBytes() / (1024 * 1024));
        }
        return file;
    }

    /** Removes the owner's file, if it has one. */
    public void remove(long ownerId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table() + " WHERE " + key() + " = ?")) {
            delete.setLong(1, ownerId);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot remove the file of " + key() + " " + ownerId, e);
        }
    }

    public Optional<StoredFile> find(long ownerId) {
        return query("SELECT " + columns() + " FROM " + table() + " WHERE " + key() + " = ?", ownerId).values().stream().findFirst();
    }

    /**
     * Hands the stored file to {@code sink} and writes the bytes it asks for, reading the file's
     * description and its content in one query; false when the owner has no file.
     */
    public boolean send(long ownerId, FileSink sink) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT " + columns() + ", CONTENT FROM " + table()
                     + " WHERE " + key() + " = ?")) {
            select.setLong(1, ownerId);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    return false;
                }
                FileSink.Slice slice = sink.start(file(rs));
                if (slice.out() != null && slice.length() > 0) {
                    try (InputStream in = rs.getBinaryStream(7)) {
                        in.skipNBytes(slice.from());
                        copy(in, slice.out(), slice.length());
                    }
                }
                return true;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the file of " + key() + " " + ownerId, e);
        } catch (IOException e) {
            // The browser went away (a video player that seeks does this all the time): nothing to report.
            throw new UncheckedIOException(e);
        }
    }

    private static void copy(InputStream in, OutputStream out, long length) throws IOException {
        byte[] buffer = new byte[BUFFER];
        long left = length;
        while (left > 0) {
            int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (read < 0) {
                break;
            }
            out.write(buffer, 0, read);
            left -= read;
        }
        out.flush();
    }

    /** The files a query of {@link #columns()} with one id parameter finds, by owner id. */
    protected Map<Long, StoredFile> query(String sql, long id) {
        Map<Long, StoredFile> files = new HashMap<>();
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(sql)) {
            select.setLong(1, id);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    files.put(rs.getLong(1), file(rs));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the files of " + table(), e);
        }
        return files;
    }

    /** The description of a file from a row that starts with {@link #columns()}. */
    private static StoredFile file(ResultSet rs) throws SQLException {
        return new StoredFile(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5),
                rs.getTimestamp(6).toInstant());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Counts what passes and stops reading beyond the limit. */
    private static final class Limited extends FilterInputStream {

        private final long limit;
        private long count;
        private boolean exceeded;

        Limited(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int read = super.read(b, off, len);
            if (read > 0) {
                counted(read);
            }
            return read;
        }

        private void counted(long read) throws IOException {
            count += read;
            if (count > limit) {
                exceeded = true;
                throw new IOException("more than " + limit + " bytes");
            }
        }
    }
}
