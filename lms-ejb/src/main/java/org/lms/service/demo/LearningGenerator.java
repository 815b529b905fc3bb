package org.lms.service.demo;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.lms.domain.learning.Enrollment;
import org.lms.service.learning.LearningTally;

/**
 * Courses, lessons and enrollments for the data generator, spread the way a year of training in a
 * company looks: most courses published, a few popular ones everybody seems to take, and learners
 * at every stage (not started, under way, completed, passed or failed a quiz, overdue). Progress is
 * stored on the enrollment without lesson completions behind it: enough for reports, but a learner
 * who opens a generated course starts its lessons afresh.
 */
public final class LearningGenerator {

    /** Where the ids come from: the tables' sequences, as the application draws them. */
    @FunctionalInterface
    public interface Ids {
        long next(String sequence) throws SQLException;
    }

    private static final String[] TOPICS = {"Information Security", "Data Protection", "Code of Conduct", "Fire Safety",
        "First Aid", "Leadership", "Negotiation", "Customer Care", "Project Management", "Agile Basics", "Excel",
        "Presentation Skills", "Anti-Bribery", "Export Control", "Workplace Ergonomics", "Diversity and Inclusion",
        "Time Management", "Conflict Resolution", "Product Training", "Onboarding", "Cloud Fundamentals", "Quality Basics"};
    private static final String[] LEVELS = {"Essentials", "Refresher", "Advanced", "for Managers", "in Practice"};
    private static final int BATCH = 5_000;

    private final Connection connection;
    private final Random random;
    private final Ids ids;
    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);
    /** The generated courses' titles as enrollments keep them ({@link Enrollment#titleKey}). */
    private final Map<Long, String> titleKeys = new HashMap<>();

    public LearningGenerator(Connection connection, Random random, Ids ids) {
        this.connection = connection;
        this.random = random;
        this.ids = ids;
    }

    /**
     * {@code courses} courses of the given organizations with 3 to 8 lessons each, then enrollments
     * of {@code enrollments} in all, spread over the people; answers how many enrollments were made.
     */
    public long generate(int courses, long enrollments, List<Long> courseOrganizations, long[] people) throws SQLException {
        List<Long> published = courses(courses, courseOrganizations);
        long made = enroll(enrollments, published, people);
        // The enrollments went straight into the table: the organization summary's counts follow.
        LearningTally.rebuild(connection);
        connection.commit();
        return made;
    }

    private List<Long> courses(int count, List<Long> organizations) throws SQLException {
        List<Long> published = new ArrayList<>();
        Timestamp yearAgo = Timestamp.from(Instant.now().minus(Duration.ofDays(400)));
        try (PreparedStatement course = connection.prepareStatement("INSERT INTO COURSE (ID, TITLE, DESCRIPTION,"
                + " ORGANIZATION_ID, STATUS, CREATED_AT, VERSION) VALUES (?, ?, ?, ?, ?, ?, 0)");
             PreparedStatement lesson = connection.prepareStatement("INSERT INTO LESSON (ID, COURSE_ID, LESSON_POSITION,"
                     + " TITLE, KIND, BODY, VERSION) VALUES (?, ?, ?, ?, 'TEXT', ?, 0)")) {
            for (int i = 0; i < count; i++) {
                long id = ids.next("COURSE_SEQ");
                String title = TOPICS[i % TOPICS.length] + " " + LEVELS[(i / TOPICS.length) % LEVELS.length] + " " + (i + 1);
                int dice = random.nextInt(100);
                String status = dice < 85 ? "PUBLISHED" : dice < 95 ? "DRAFT" : "ARCHIVED";
                course.setLong(1, id);
                course.setString(2, title);
                titleKeys.put(id, Enrollment.titleKey(title));
                course.setString(3, "What every colleague should know about " + TOPICS[i % TOPICS.length].toLowerCase(java.util.Locale.ROOT) + ".");
                course.setLong(4, organizations.get(random.nextInt(organizations.size())));
                course.setString(5, status);
                course.setTimestamp(6, yearAgo);
                course.addBatch();
                int lessons = 3 + random.nextInt(6);
                for (int position = 0; position < lessons; position++) {
                    lesson.setLong(1, ids.next("LESSON_SEQ"));
                    lesson.setLong(2, id);
                    lesson.setInt(3, position);
                    lesson.setString(4, "Part " + (position + 1));
                    lesson.setString(5, "<p>Part " + (position + 1) + " of " + title + ".</p>");
                    lesson.addBatch();
                }
                if (!"DRAFT".equals(status)) {
                    published.add(id);
                }
                if (i % 500 == 499) {
                    course.executeBatch();
                    lesson.executeBatch();
                }
            }
            course.executeBatch();
            lesson.executeBatch();
        }
        connection.commit();
        return published;
    }

    private long enroll(long total, List<Long> courses, long[] people) throws SQLException {
        if (courses.isEmpty() || people.length == 0) {
            return 0;
        }
        // A tenth of the courses (the mandatory basics) draw half of all enrollments.
        int popular = Math.max(1, courses.size() / 10);
        Set<Long> basics = new HashSet<>(courses.subList(0, popular));
        long made = 0;
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO ENROLLMENT (ID, USER_ID, COURSE_ID, STATUS,"
                + " MANDATORY, ASSIGNED_AT, DUE_ON, COMPLETED_AT, SCORE, PROGRESS, STARTED_AT, COURSE_TITLE_KEY, VERSION)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")) {
            for (int p = 0; p < people.length && made < total; p++) {
                long left = total - made;
                int peopleLeft = people.length - p;
                // About the same number for everyone, give or take: the rest at the end evens out.
                int wanted = (int) Math.min(Math.min(left, courses.size()),
                        Math.max(0, Math.round(left / (double) peopleLeft * (0.5 + random.nextDouble()))));
                if (peopleLeft == 1) {
                    wanted = (int) Math.min(left, courses.size());
                }
                Set<Long> chosen = new HashSet<>();
                while (chosen.size() < wanted) {
                    boolean basic = random.nextBoolean();
                    chosen.add(courses.get(basic ? random.nextInt(popular) : random.nextInt(courses.size())));
                }
                for (long course : chosen) {
                    row(insert, people[p], course, basics.contains(course));
                    made++;
                    if (made % BATCH == 0) {
                        insert.executeBatch();
                        connection.commit();
                    }
                }
            }
            insert.executeBatch();
        }
        connection.commit();
        return made;
    }

    /** One enrollment, at a stage drawn from a year of assignments. */
    private void row(PreparedStatement insert, long user, long course, boolean mandatory) throws SQLException {
        int daysAgo = random.nextInt(365);
        Instant assigned = Instant.now().minus(Duration.ofDays(daysAgo)).minus(Duration.ofMinutes(random.nextInt(24 * 60)));
        LocalDate due = random.nextInt(10) < 6 ? today.minusDays(daysAgo).plusDays(30 + random.nextInt(60)) : null;
        int dice = random.nextInt(100);
        String status;
        int progress;
        Integer score = null;
        Instant started = null;
        Instant completed = null;
        if (dice < 45) {
            status = "COMPLETED";
            progress = 100;
        } else if (dice < 52) {
            status = "PASSED";
            progress = 100;
            score = 70 + random.nextInt(31);
        } else if (dice < 54) {
            status = "FAILED";
            progress = 50 + random.nextInt(40);
            score = 20 + random.nextInt(45);
        } else if (dice < 78) {
            status = "IN_PROGRESS";
            progress = 10 + random.nextInt(80);
        } else {
            status = "NOT_STARTED";
            progress = 0;
        }
        if (!"NOT_STARTED".equals(status)) {
            started = assigned.plus(Duration.ofHours(1 + random.nextInt(24 * Math.max(1, Math.min(daysAgo, 20)))));
            if (started.isAfter(Instant.now())) {
                started = Instant.now();
            }
        }
        if (progress == 100 || "FAILED".equals(status)) {
            long span = Duration.between(started, Instant.now()).toMinutes();
            completed = started.plus(Duration.ofMinutes(span <= 0 ? 0 : random.nextLong(Math.min(span, 60L * 24 * 45) + 1)));
        }
        insert.setLong(1, ids.next("ENROLLMENT_SEQ"));
        insert.setLong(2, user);
        insert.setLong(3, course);
        insert.setString(4, status);
        insert.setBoolean(5, mandatory);
        insert.setTimestamp(6, Timestamp.from(assigned));
        insert.setDate(7, due == null ? null : Date.valueOf(due));
        insert.setTimestamp(8, completed == null ? null : Timestamp.from(completed));
        if (score == null) {
            insert.setNull(9, java.sql.Types.INTEGER);
        } else {
            insert.setInt(9, score);
        }
        insert.setInt(10, progress);
        insert.setTimestamp(11, started == null ? null : Timestamp.from(started));
        insert.setString(12, titleKeys.get(course));
        insert.addBatch();
    }
}
