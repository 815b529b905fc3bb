package org.lms.web.export;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The background exports of everyone signed in, held by this server: a person starts at most
 * {@link #RUNNING_PER_PERSON} at a time; a finished file is handed out once, to the person and
 * session that started it, and is then deleted; files nobody fetched are deleted
 * {@link #KEPT} after they finished, and when the session that started them ends.
 *
 * <p>Jobs run on the server's managed executor, which carries the starting request's security
 * context into the task: every page the job reads is a service call as the person who asked,
 * checked and scoped by the services like the page's own calls. The files live in a directory of
 * this server's (readable by its user only), so in a cluster the download must reach the server
 * that wrote it (sessions are sticky).
 */
@ApplicationScoped
public class ExportJobs {

    public static final int RUNNING_PER_PERSON = 2;
    public static final Duration KEPT = Duration.ofMinutes(30);
    private static final Logger LOG = Logger.getLogger(ExportJobs.class.getName());

    @Resource
    private ManagedExecutorService managedExecutor;

    @Resource
    private ManagedScheduledExecutorService scheduler;

    private final Map<String, ExportJob> jobs = new ConcurrentHashMap<>();
    private Executor executor;
    private Clock clock = Clock.systemUTC();
    private Path directory;
    private ScheduledFuture<?> sweeping;

    /** For the container. */
    ExportJobs() {
    }

    /** For tests: jobs run on {@code executor}, files go to {@code directory}, time is {@code clock}'s. */
    ExportJobs(Executor executor, Path directory, Clock clock) {
        this.executor = executor;
        this.directory = directory;
        this.clock = clock;
    }

    @PostConstruct
    void open() {
        executor = managedExecutor;
    }

    /**
     * The directory and the sweep start with the first export, so that a server where nobody
     * exports (or a session ending while the application stops) makes neither.
     */
    private void ready() {
        if (directory != null) {
            return;
        }
        try {
            directory = FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
                    ? Files.createTempDirectory("lms-exports-", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")))
                    : Files.createTempDirectory("lms-exports-");
        } catch (IOException e) {
            throw new UncheckedIOException("no directory for exports", e);
        }
        sweeping = scheduler.scheduleWithFixedDelay(this::sweep, 1, 1, TimeUnit.MINUTES);
    }

    @PreDestroy
    void close() {
        if (sweeping != null) {
            sweeping.cancel(false);
        }
        List.copyOf(jobs.values()).forEach(this::discard);
        if (directory == null) {
            return;
        }
        try {
            Files.deleteIfExists(directory);
        } catch (IOException e) {
            LOG.log(Level.FINE, "export directory left behind: " + directory, e);
        }
    }

    /**
     * Starts writing {@code download} in the background for the person and their session, or
     * answers empty when they have {@link #RUNNING_PER_PERSON} running already.
     */
    public synchronized Optional<ExportJob> start(long ownerId, String sessionId, ExportServlet.Download download,
            TableExport.Format format) {
        long running = jobs.values().stream().filter(j -> j.ownerId() == ownerId && !j.state().finished()).count();
        if (running >= RUNNING_PER_PERSON) {
            return Optional.empty();
        }
        ready();
        Path file;
        try {
            file = Files.createTempFile(directory, "export-", ".tmp");
        } catch (IOException e) {
            throw new UncheckedIOException("no file for an export", e);
        }
        ExportJob job = new ExportJob(UUID.randomUUID().toString(), ownerId, sessionId, format.fileName(download.fileName()),
                format, download.rows(), file);
        jobs.put(job.id(), job);
        executor.execute(() -> run(job, download));
        return Optional.of(job);
    }

    private void run(ExportJob job, ExportServlet.Download download) {
        try (OutputStream out = Files.newOutputStream(job.file())) {
            download.write(job.format(), out, job::read);
        } catch (CancellationException cancelled) {
            deleteFile(job);
            return;
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "export " + job.id() + " failed", e);
            job.finish(ExportJob.State.FAILED, clock.instant());
            deleteFile(job);
            return;
        }
        if (!job.finish(ExportJob.State.DONE, clock.instant())) {
            deleteFile(job);  // cancelled after its last page was read
        }
    }

    /** The person's job, as long as it is held; another person's job is not found. */
    public Optional<ExportJob> find(long ownerId, String jobId) {
        return Optional.ofNullable(jobId == null ? null : jobs.get(jobId)).filter(job -> job.ownerId() == ownerId);
    }

    /** Stops the person's job before its next page and forgets it; its file is deleted. */
    public void cancel(long ownerId, String jobId) {
        find(ownerId, jobId).ifPresent(this::discard);
    }

    /**
     * The finished file, handed out once: to the person and session that started the job, which
     * is forgotten at once. The caller deletes the file with {@link #delete(ExportJob)} after sending it.
     */
    public Optional<ExportJob> take(long ownerId, String sessionId, String jobId) {
        ExportJob job = jobId == null ? null : jobs.get(jobId);
        if (job == null || !job.ownedBy(ownerId, sessionId) || job.state() != ExportJob.State.DONE
                || !jobs.remove(jobId, job)) {
            return Optional.empty();
        }
        return Optional.of(job);
    }

    /** Writes a taken file to {@code out}. */
    public void copy(ExportJob job, OutputStream out) throws IOException {
        Files.copy(job.file(), out);
    }

    public long size(ExportJob job) throws IOException {
        return Files.size(job.file());
    }

    public void delete(ExportJob job) {
        deleteFile(job);
    }

    /** The session ended: its jobs stop, and their files go. */
    public void sessionEnded(String sessionId) {
        jobs.values().stream().filter(job -> job.sessionId().equals(sessionId)).toList().forEach(this::discard);
    }

    /** Forgets the jobs that finished more than {@link #KEPT} ago, deleting files nobody fetched. */
    void sweep() {
        Instant before = clock.instant().minus(KEPT);
        jobs.values().stream().filter(job -> job.finishedAt() != null && job.finishedAt().isBefore(before)).toList()
                .forEach(this::discard);
    }

    /** The jobs held, for tests and the sweep. */
    int held() {
        return jobs.size();
    }

    private void discard(ExportJob job) {
        jobs.remove(job.id(), job);
        if (!job.finish(ExportJob.State.CANCELLED, clock.instant())) {
            deleteFile(job);
        }
        // A running job deletes its own file when it sees the cancellation, so the two never race.
    }

    private static void deleteFile(ExportJob job) {
        try {
            Files.deleteIfExists(job.file());
        } catch (IOException e) {
            LOG.log(Level.WARNING, "export file left behind: " + job.file(), e);
        }
    }
}
