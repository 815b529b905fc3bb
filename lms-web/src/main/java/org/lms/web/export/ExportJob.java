package org.lms.web.export;

import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One export running in the background: whose it is (the person and their session), the file it
 * writes (a temporary file of the server's, never a path from input), the rows written against
 * the rows counted when it started, and how it ended. Read by the page's progress poll while the
 * job writes, so its state is atomic.
 */
public final class ExportJob {

    public enum State {
        RUNNING, DONE, FAILED, CANCELLED;

        public boolean finished() {
            return this != RUNNING;
        }
    }

    private final String id;
    private final long ownerId;
    private final String sessionId;
    private final String fileName;
    private final TableExport.Format format;
    private final long total;
    private final Path file;
    private final AtomicLong written = new AtomicLong();
    private final AtomicReference<State> state = new AtomicReference<>(State.RUNNING);
    private volatile Instant finishedAt;

    ExportJob(String id, long ownerId, String sessionId, String fileName, TableExport.Format format, long total, Path file) {
        this.id = id;
        this.ownerId = ownerId;
        this.sessionId = sessionId;
        this.fileName = fileName;
        this.format = format;
        this.total = total;
        this.file = file;
    }

    public String id() {
        return id;
    }

    public long ownerId() {
        return ownerId;
    }

    String sessionId() {
        return sessionId;
    }

    /** The name the download offers, such as "course-progress.csv". */
    public String fileName() {
        return fileName;
    }

    public TableExport.Format format() {
        return format;
    }

    Path file() {
        return file;
    }

    /** The rows counted when the export started; -1 when unknown. */
    public long total() {
        return total;
    }

    public long written() {
        return written.get();
    }

    public State state() {
        return state.get();
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    /**
     * How far the file is, in whole percent: a finished file is 100, and rows that joined the
     * report after it was counted never take it past 99 before it is finished.
     */
    public int percent() {
        if (state.get() == State.DONE) {
            return 100;
        }
        if (total <= 0) {
            return 0;
        }
        return (int) Math.min(99, written.get() * 100 / total);
    }

    /**
     * A page of rows was read and is being written. A cancelled job stops here, before its next
     * page is read, by throwing.
     */
    void read(int rows) {
        if (state.get() == State.CANCELLED) {
            throw new CancellationException("export " + id + " cancelled");
        }
        written.addAndGet(rows);
    }

    /** Ends a running job; answers false when it had ended already (cancelled while it wrote, say). */
    boolean finish(State outcome, Instant now) {
        if (outcome == State.RUNNING || !state.compareAndSet(State.RUNNING, outcome)) {
            return false;
        }
        finishedAt = now;
        return true;
    }

    boolean ownedBy(long ownerId, String sessionId) {
        return this.ownerId == ownerId && this.sessionId.equals(sessionId);
    }
}
