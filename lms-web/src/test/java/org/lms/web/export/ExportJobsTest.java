package org.lms.web.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.Executor;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The background exports' bookkeeping, on an executor the test runs by hand. */
class ExportJobsTest {

    private static final long ANNA = 1;
    private static final long BEN = 2;
    private static final TableExport<String> TABLE = new TableExport<>("Rows", List.of(new TableExport.Column<>("Row", row -> row)));

    @TempDir
    Path directory;

    private final Queue<Runnable> queued = new ArrayDeque<>();
    private final Executor byHand = queued::add;
    private final MovableClock clock = new MovableClock();
    private ExportJobs jobs;

    @BeforeEach
    void jobs() {
        jobs = new ExportJobs(byHand, directory, clock);
    }

    @Test
    void aJobCountsTheRowsWrittenAgainstTheRowsCountedAndIsFetchedOnceByItsSession() throws IOException {
        List<Integer> progress = new ArrayList<>();
        List<String> rows = rows(450);
        ExportJob[] started = new ExportJob[1];
        ExportJob job = jobs.start(ANNA, "session-a", ExportServlet.Download.of("people", 450, TABLE, (first, size) -> {
            if (started[0] != null) {
                progress.add(started[0].percent());
            }
            return rows.subList(Math.min(first, rows.size()), Math.min(first + size, rows.size()));
        }), TableExport.Format.CSV).orElseThrow();
        started[0] = job;
        assertEquals(ExportJob.State.RUNNING, job.state());
        assertEquals("people.csv", job.fileName());
        assertEquals(0, job.percent());
        runQueued();

        assertEquals(List.of(0, 44, 88), progress, "before each page: the rows of the pages before it");
        assertEquals(ExportJob.State.DONE, job.state());
        assertEquals(450, job.written());
        assertEquals(100, job.percent());
        assertTrue(jobs.take(BEN, "session-a", job.id()).isEmpty(), "another person");
        assertTrue(jobs.take(ANNA, "session-b", job.id()).isEmpty(), "another session of the same person");
        ExportJob taken = jobs.take(ANNA, "session-a", job.id()).orElseThrow();
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        jobs.copy(taken, file);
        List<String> lines = List.of(file.toString(StandardCharsets.UTF_8).split("\r\n"));
        assertEquals(rows, lines.subList(1, lines.size()), "every row, in order, after the header");
        jobs.delete(taken);
        assertFalse(Files.exists(taken.file()));
        assertTrue(jobs.take(ANNA, "session-a", job.id()).isEmpty(), "handed out once");
        assertTrue(jobs.find(ANNA, job.id()).isEmpty());
    }

    @Test
    void rowsThatJoinedAfterTheCountKeepTheBarBelowTheEndUntilTheFileIsDone() {
        ExportJob job = new ExportJob("j", ANNA, "s", "x.csv", TableExport.Format.CSV, 10, directory.resolve("x"));
        job.read(12);
        assertEquals(99, job.percent());
        assertTrue(job.finish(ExportJob.State.DONE, Instant.EPOCH));
        assertEquals(100, job.percent());
        assertFalse(job.finish(ExportJob.State.CANCELLED, Instant.EPOCH), "a finished job stays as it ended");
        assertEquals(0, new ExportJob("k", ANNA, "s", "x.csv", TableExport.Format.CSV, -1, directory.resolve("y")).percent(),
                "an unknown total shows no share");
    }

    @Test
    void aPersonRunsAtMostTwoAtATime() {
        assertTrue(jobs.start(ANNA, "a", download(10), TableExport.Format.CSV).isPresent());
        assertTrue(jobs.start(ANNA, "a", download(10), TableExport.Format.XLSX).isPresent());
        assertEquals(Optional.empty(), jobs.start(ANNA, "a", download(10), TableExport.Format.CSV), "a third is refused");
        assertTrue(jobs.start(BEN, "b", download(10), TableExport.Format.CSV).isPresent(), "someone else is not counted");
        runQueued();
        assertTrue(jobs.start(ANNA, "a", download(10), TableExport.Format.CSV).isPresent(), "finished ones do not count");
    }

    @Test
    void aCancelledJobStopsBeforeItsNextPageAndLeavesNoFile() {
        List<String> rows = rows(1000);
        List<Integer> pagesRead = new ArrayList<>();
        String[] id = new String[1];
        ExportJob job = jobs.start(ANNA, "a", ExportServlet.Download.of("big", 1000, TABLE, (first, size) -> {
            pagesRead.add(first);
            if (first == 200) {
                jobs.cancel(ANNA, id[0]);
            }
            return rows.subList(first, Math.min(first + size, rows.size()));
        }), TableExport.Format.CSV).orElseThrow();
        id[0] = job.id();
        runQueued();
        assertEquals(List.of(0, 200), pagesRead, "no page after the cancel");
        assertEquals(ExportJob.State.CANCELLED, job.state());
        assertFalse(Files.exists(job.file()));
        assertTrue(jobs.find(ANNA, job.id()).isEmpty());
    }

    @Test
    void aFailedJobSaysSoAndLeavesNoFile() {
        ExportJob job = jobs.start(ANNA, "a", ExportServlet.Download.of("broken", 5, TABLE, (first, size) -> {
            throw new IllegalStateException("the database went away");
        }), TableExport.Format.CSV).orElseThrow();
        runQueued();
        assertEquals(ExportJob.State.FAILED, job.state());
        assertFalse(Files.exists(job.file()));
        assertTrue(jobs.take(ANNA, "a", job.id()).isEmpty());
    }

    @Test
    void filesNobodyFetchedGoAfterAWhileAndWithTheirSession() {
        ExportJob old = jobs.start(ANNA, "a", download(3), TableExport.Format.CSV).orElseThrow();
        runQueued();
        clock.move(ExportJobs.KEPT.minusMinutes(1));
        ExportJob recent = jobs.start(ANNA, "a", download(3), TableExport.Format.CSV).orElseThrow();
        ExportJob otherSession = jobs.start(ANNA, "b", download(3), TableExport.Format.CSV).orElseThrow();
        runQueued();
        clock.move(Duration.ofMinutes(2));
        jobs.sweep();
        assertFalse(Files.exists(old.file()), "finished more than the time kept ago");
        assertTrue(jobs.find(ANNA, old.id()).isEmpty());
        assertTrue(Files.exists(recent.file()));

        ExportJob running = jobs.start(ANNA, "a", download(3), TableExport.Format.CSV).orElseThrow();
        jobs.sessionEnded("a");
        assertFalse(Files.exists(recent.file()));
        assertEquals(ExportJob.State.CANCELLED, running.state());
        runQueued();
        assertFalse(Files.exists(running.file()), "the job deletes its file when it meets the cancel");
        assertTrue(Files.exists(otherSession.file()), "the person's other session keeps its file");
        assertEquals(1, jobs.held());
    }

    private void runQueued() {
        while (!queued.isEmpty()) {
            queued.poll().run();
        }
    }

    private static ExportServlet.Download download(int count) {
        List<String> rows = rows(count);
        return ExportServlet.Download.of("rows", count, TABLE,
                (first, size) -> rows.subList(Math.min(first, count), Math.min(first + size, count)));
    }

    private static List<String> rows(int count) {
        return IntStream.range(0, count).mapToObj(i -> "row " + i).toList();
    }

    /** A clock the test moves forward. */
    private static final class MovableClock extends Clock {

        private Instant now = Instant.parse("2026-11-23T08:00:00Z");

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
