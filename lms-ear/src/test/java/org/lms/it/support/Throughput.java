package org.lms.it.support;

import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Requests per second that a few clients get from the running application, each sending its next
 * request when the last is answered: the figure the throughput benchmarks print.
 */
public final class Throughput {

    public static final int CLIENTS = 4;
    /**
     * Long enough for the server to compile a page's code: a page of the application runs far more
     * code than the hello-world page, and measured in its first seconds it is measured half-compiled
     * (My learning against the hello-world page, in turns: 17% after 10 s of warm-up, 23% after 40 s).
     */
    public static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("lms.bench.warmUpSeconds", 30));
    public static final Duration MEASURE = Duration.ofSeconds(Long.getLong("lms.bench.seconds", 10));

    private Throughput() {
    }

    /**
     * What one address got in {@link #inTurns}: requests per second, and the server's processor time
     * per answered request in milliseconds (NaN where the platform does not report it). Requests per
     * second follow the host's other load; the processor time per request follows it far less, so it
     * tells small changes of a page's cost apart where the rate cannot.
     */
    public record Rate(double perSecond, double serverCpuMillisPerRequest) {
    }

    /**
     * Requests per second of each of {@code requests}, measured in turns: each is warmed up, then
     * they take {@code rounds} turns of an equal share of {@link #MEASURE} each. Two addresses
     * compared this way meet the same state of the host (its other load, its clock speed), which on
     * a shared machine drifts within a minute as much as the figures differ.
     */
    public static Rate[] inTurns(int rounds, HttpRequest... requests) throws Exception {
        for (HttpRequest request : requests) {
            run(request, WARM_UP);
        }
        Duration turn = MEASURE.dividedBy(rounds);
        long[] answered = new long[requests.length];
        long[] cpuNanos = new long[requests.length];
        boolean cpuReported = true;
        for (int round = 0; round < rounds; round++) {
            for (int i = 0; i < requests.length; i++) {
                Optional<Duration> before = RunningApplication.serverCpuTime();
                answered[i] += count(requests[i], turn);
                Optional<Duration> after = RunningApplication.serverCpuTime();
                if (before.isPresent() && after.isPresent()) {
                    cpuNanos[i] += after.get().minus(before.get()).toNanos();
                } else {
                    cpuReported = false;
                }
            }
        }
        Rate[] rates = new Rate[requests.length];
        for (int i = 0; i < requests.length; i++) {
            rates[i] = new Rate(answered[i] / (rounds * turn.toMillis() / 1000.0),
                    cpuReported ? cpuNanos[i] / 1e6 / answered[i] : Double.NaN);
        }
        return rates;
    }

    /** Warms {@code request} up, then measures it. */
    public static double measure(HttpRequest request) throws Exception {
        run(request, WARM_UP);
        return run(request, MEASURE);
    }

    /**
     * Requests per second over {@code duration}; fails if any answer is not a 200, or if nothing
     * was answered at all. A request left unanswered past its timeout is counted and reported, not
     * failed: on a shared two-core machine a pause of the whole host is a fact about the host, and
     * a benchmark states its figures rather than failing on time.
     */
    public static double run(HttpRequest request, Duration duration) throws Exception {
        return count(request, duration) / (duration.toMillis() / 1000.0);
    }

    /** The requests answered over {@code duration}, checked as {@link #run} says. */
    private static long count(HttpRequest request, Duration duration) throws Exception {
        AtomicLong answered = new AtomicLong();
        AtomicLong wrong = new AtomicLong();
        AtomicLong timedOut = new AtomicLong();
        long end = System.nanoTime() + duration.toNanos();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                running.add(clients.submit(() -> {
                    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                    while (System.nanoTime() < end) {
                        HttpResponse<byte[]> response;
                        try {
                            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        } catch (HttpTimeoutException e) {
                            timedOut.incrementAndGet();
                            continue;
                        }
                        if (response.statusCode() == 200) {
                            answered.incrementAndGet();
                        } else {
                            wrong.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> client : running) {
                client.get();
            }
        } finally {
            clients.shutdownNow();
        }
        if (wrong.get() > 0) {
            throw new AssertionError(request.uri() + " answered other than 200 " + wrong.get() + " times");
        }
        if (answered.get() == 0) {
            throw new AssertionError(request.uri() + " answered nothing in " + duration.toSeconds() + " s");
        }
        if (timedOut.get() > 0) {
            String note = request.uri() + ": " + timedOut.get() + " requests went unanswered past their timeout; the figure below is low";
            System.out.println(note);
        }
        return answered.get();
    }
}
