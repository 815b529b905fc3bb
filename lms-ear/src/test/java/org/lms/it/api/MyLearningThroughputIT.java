package org.lms.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lms.it.support.HelloWorldPage;
import org.lms.it.support.PortalClient;
import org.lms.it.support.RunningApplication;
import org.lms.it.support.Throughput;

/**
 * Requests per second of a learner's "My learning" page with {@value #COURSES} assigned courses (its
 * first page) against hello-world answers on the same server in the same run: a hello-world Faces page
 * deployed beside the application ({@link HelloWorldPage}), the public health check (no session, no
 * page, no database) and the sign-in page (a page of ours without data). The hello-world page and My
 * learning, the two figures the goal compares, take turns ({@link Throughput#inTurns}). A benchmark: it
 * prints its figures; it asserts that every answer was a 200 and that the pages together show every course.
 * The courses are made through the API, which is also how an integration would load them.
 */
@ExtendWith(RunningApplication.class)
class MyLearningThroughputIT {

    private static final Logger LOG = Logger.getLogger(MyLearningThroughputIT.class.getName());
    private static final int COURSES = 200;
    /** The hello-world page and My learning are measured in turns, so that both meet the same state of the host. */
    private static final int TURNS = 5;
    /** The page size of "My learning". */
    private static final int PAGE_SIZE = 20;

    @Test
    void myLearningWith200CoursesAgainstHelloWorld() throws Exception {
        ApiWorld world = new ApiWorld();
        long unit = world.organization(world.root(), "Throughput");
        long learner = world.user(unit, "LEARNER");
        long started = System.nanoTime();
        assignCourses(world.admin, unit, learner);
        double setUp = (System.nanoTime() - started) / 1e9;

        PortalClient portal = new PortalClient(RunningApplication.url(""));
        assertEquals(302, portal.signIn(world.email(learner), ApiWorld.PASSWORD).statusCode(), "signed in");
        // Rules for everyone in the account (the demo's security basics) add their courses to the 200.
        int all = Api.signIn(world.email(learner), ApiWorld.PASSWORD).get("/me/courses").expect(200).json().getInt("total");
        assertTrue(all >= COURSES, "all assigned: " + all);
        HttpResponse<String> page = portal.get("/learning.xhtml");
        assertEquals(PAGE_SIZE, cards(page), "a full first page");
        assertTrue(page.body().contains("id=\"nextPage\""), "a link to the next page");
        int listed = 0;
        for (int number = 1; number <= (all + PAGE_SIZE - 1) / PAGE_SIZE; number++) {
            HttpResponse<String> shown = portal.get("/learning.xhtml?page=" + number);
            listed += cards(shown);
            assertEquals(number * PAGE_SIZE < all, shown.body().contains("id=\"nextPage\""), "a next page after page " + number);
        }
        assertEquals(all, listed, "the pages together list every course once");

        HttpResponse<String> hello = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(get(HelloWorldPage.PATH, null), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, hello.statusCode());
        assertTrue(hello.body().contains("Hello, world"), hello.body());

        double health = Throughput.measure(get("/api/v1/health", null));
        double signInPage = Throughput.measure(get("/login.xhtml", null));
        Throughput.Rate[] compared = Throughput.inTurns(TURNS, get(HelloWorldPage.PATH, null),
                get("/learning.xhtml", portal.cookieHeader()));
        double helloWorld = compared[0].perSecond();
        double myLearning = compared[1].perSecond();
        String result = String.format(Locale.ROOT, "Throughput with %d clients over %d s (the hello-world page and My learning"
                + " in " + TURNS + " turns each): GET %s (a hello-world Faces page) %.0f requests/s,"
                + " GET /api/v1/health %.0f requests/s, GET /login.xhtml %.0f requests/s, GET /learning.xhtml (the first %d of %d"
                + " courses, %,d characters) %.0f requests/s = %.0f%% of the hello-world page, %.0f%% of the health check and %.0f%%"
                + " of the sign-in page; the server's processor time per request: %.2f ms for the hello-world page, %.2f ms for"
                + " My learning (%.0f%%) (the %d courses made through the API in %.1f s)",
                Throughput.CLIENTS, Throughput.MEASURE.toSeconds(), HelloWorldPage.PATH, helloWorld, health, signInPage, PAGE_SIZE,
                all, page.body().length(), myLearning, 100 * myLearning / helloWorld, 100 * myLearning / health,
                100 * myLearning / signInPage, compared[0].serverCpuMillisPerRequest(), compared[1].serverCpuMillisPerRequest(),
                100 * compared[0].serverCpuMillisPerRequest() / compared[1].serverCpuMillisPerRequest(), COURSES, setUp);
        LOG.info(result);
        System.out.println(result);
    }

    /** {@value #COURSES} published courses of one lesson, each assigned to the learner, four at a time. */
    private static void assignCourses(Api admin, long unit, long learner) throws Exception {
        String due = LocalDate.now().plusDays(30).toString();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> made = new ArrayList<>();
            for (int i = 0; i < COURSES; i++) {
                boolean mandatory = i % 2 == 0;
                made.add(pool.submit(() -> {
                    long course = admin.post("/courses", Api.json("organizationId", unit, "title", ApiWorld.unique("Throughput"),
                            "description", "A course of the benchmark")).expect(201).id();
                    admin.post("/courses/" + course + "/lessons", Api.json("kind", "TEXT", "title", "Lesson", "body", "<p>Text</p>"))
                            .expect(201);
                    admin.post("/courses/" + course + "/publication").expect(200);
                    admin.post("/courses/" + course + "/assignments", Api.json("targetType", "USER", "targetId", learner,
                            "mandatory", mandatory, "dueOn", due)).expect(201);
                    return null;
                }));
            }
            for (Future<?> course : made) {
                course.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static int cards(HttpResponse<String> page) {
        assertEquals(200, page.statusCode(), page.uri().toString());
        return page.body().split("class=\"card wide my-course\"", -1).length - 1;
    }

    private static HttpRequest get(String path, String cookie) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(RunningApplication.url(path))).timeout(Duration.ofSeconds(30)).GET();
        if (cookie != null) {
            builder.header("Cookie", cookie);
        }
        return builder.build();
    }
}
