package org.lms.service.demo;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.lms.domain.roles.BuiltInRole;
import org.lms.service.security.PasswordHasher;

/**
 * Fills a database with an account of a realistic size, for trying the product on real data and
 * for benchmarks. Runs from the command line against the database of a stopped application (the
 * embedded Derby database allows one process at a time):
 *
 * <pre>mvn -q -Pgenerate -Dlms.size=L</pre>
 *
 * Sizes: S (1,000 users), M (10,000) and L (100,000 users in 1,000 organizations and 500 groups),
 * in a tree four levels deep below the account's top organization. The application must have been
 * started once on the database (it creates the schema, the account and the built-in roles); the
 * generated people are added to that account. Random choices are seeded, so a size always gives
 * the same data.
 */
public final class DataGenerator {

    /** Every generated person's password (see the README). */
    public static final String PASSWORD = "Generated-Password-2026";

    /** How many of everything a size makes. */
    public enum Size {
        S(1_000, 10, 3, 3, 50, 100, 10_000),
        M(10_000, 10, 5, 4, 200, 500, 100_000),
        L(100_000, 10, 10, 9, 500, 2_000, 1_000_000);

        final int users;
        final int divisions;
        final int departmentsPerDivision;
        final int teamsPerDepartment;
        final int groups;
        final int courses;
        final long enrollments;

        Size(int users, int divisions, int departmentsPerDivision, int teamsPerDepartment, int groups, int courses,
                long enrollments) {
            this.users = users;
            this.divisions = divisions;
            this.departmentsPerDivision = departmentsPerDivision;
            this.teamsPerDepartment = teamsPerDepartment;
            this.groups = groups;
            this.courses = courses;
            this.enrollments = enrollments;
        }

        public int organizations() {
            return divisions * (1 + departmentsPerDivision * (1 + teamsPerDepartment));
        }
    }

    private static final String[] FIRST = {"Anna", "Ben", "Chloé", "David", "Elif", "Farid", "Greta", "Hugo", "Ines",
        "Jonas", "Katarzyna", "Liam", "Maja", "Noah", "Olga", "Pavel", "Quentin", "Rosa", "Sven", "Tanja", "Umar", "Vera",
        "William", "Xiaoling", "Yusuf", "Zoe", "Amira", "Björn", "Carmen", "Dmitri", "Emma", "Felix", "Giulia", "Hannah",
        "Ivan", "Julia", "Kenji", "Lena", "Mateo", "Nora", "Oskar", "Priya", "Rafael", "Sofia", "Tobias", "Ulla", "Viktor",
        "Wen", "Yara", "Zeynep"};
    private static final String[] LAST = {"Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner",
        "Becker", "Schulz", "Hoffmann", "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Martinez", "Lopez",
        "Nguyen", "Kim", "Kowalski", "Nowak", "Dubois", "Lefebvre", "Rossi", "Russo", "Jansen", "de Vries", "Andersson",
        "Johansson", "Nielsen", "Hansen", "Yilmaz", "Kaya", "Ivanova", "Petrov", "Silva", "Santos", "O'Brien", "Murphy",
        "Tanaka", "Suzuki", "Chen", "Wang", "Patel", "Shah", "Cohen", "Levi", "Haddad", "Okafor"};
    private static final String[] UNITS = {"Sales", "Engineering", "Finance", "Operations", "Marketing", "Support",
        "Legal", "People", "Research", "Logistics", "Procurement", "Quality"};

    private final Connection connection;
    private final Size size;
    private final Random random = new Random(20261122L);
    private final Map<Long, String> paths = new java.util.HashMap<>();

    private final SequenceIds ids;

    DataGenerator(Connection connection, Size size) {
        this.connection = connection;
        this.size = size;
        this.ids = new SequenceIds(connection);
    }

    public static void main(String[] args) throws SQLException {
        Size size = Size.valueOf(System.getProperty("lms.size", args.length > 0 ? args[0] : "S").toUpperCase(Locale.ROOT));
        String url = System.getProperty("lms.jdbc.url");
        if (url == null) {
            String dataDir = System.getProperty("lms.data.dir", "data");
            url = "jdbc:derby:" + dataDir + "/lms-db";
        }
        Instant start = Instant.now();
        try (Connection connection = DriverManager.getConnection(url, System.getProperty("lms.jdbc.user"),
                System.getProperty("lms.jdbc.password"))) {
            connection.setAutoCommit(false);
            new DataGenerator(connection, size).generate();
        } finally {
            if (url.startsWith("jdbc:derby:")) {
                shutDownDerby();
            }
        }
        System.out.printf(Locale.ROOT, "Generated size %s (%,d users, %,d organizations, %,d groups, %,d courses, %,d enrollments)"
                + " in %.1f s%n", size, size.users, size.organizations(), size.groups, size.courses, size.enrollments,
                Duration.between(start, Instant.now()).toMillis() / 1000.0);
    }

    void generate() throws SQLException {
        long root;
        String rootPath;
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT ID, PATH FROM ORGANIZATION WHERE PARENT_ID IS NULL")) {
            if (!rs.next()) {
                throw new IllegalStateException("No account yet: start the application once on this database, stop it, then generate.");
            }
            root = rs.getLong(1);
            rootPath = rs.getString(2);
        }
        Map<BuiltInRole, Long> roles = roles();
        List<long[]> teams = new ArrayList<>();      // {id} of the leaves, where most people work
        List<Long> departments = new ArrayList<>();
        List<String> departmentPaths = new ArrayList<>();
        List<Long> allOrganizations = new ArrayList<>();
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO ORGANIZATION (ID, NAME, PARENT_ID, PATH, VERSION) VALUES (?, ?, ?, ?, 0)")) {
            for (int d = 0; d < size.divisions; d++) {
                long division = organization(insert, UNITS[d % UNITS.length] + " Division " + (d + 1), root, rootPath);
                String divisionPath = rootPath + division + "/";
                allOrganizations.add(division);
                for (int p = 0; p < size.departmentsPerDivision; p++) {
                    long department = organization(insert, UNITS[(d + p) % UNITS.length] + " " + (d + 1) + "." + (p + 1), division, divisionPath);
                    String departmentPath = divisionPath + department + "/";
                    departments.add(department);
                    departmentPaths.add(departmentPath);
                    allOrganizations.add(department);
                    for (int t = 0; t < size.teamsPerDepartment; t++) {
                        long team = organization(insert, "Team " + (d + 1) + "." + (p + 1) + "." + (t + 1), department, departmentPath);
                        teams.add(new long[] {team, departments.size() - 1});
                        allOrganizations.add(team);
                    }
                }
            }
            insert.executeBatch();
        }
        connection.commit();

        String hash = new PasswordHasher(PasswordHasher.DEFAULT_ITERATIONS).hash(PASSWORD);
        Timestamp now = Timestamp.from(Instant.now());
        long[] userOrganization = new long[size.users];
        long[] userIds = new long[size.users];
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO LMS_USER (ID, EMAIL, EMAIL_KEY, NAME,"
                + " PASSWORD_HASH, ORGANIZATION_ID, ROLE_ID, STATUS, MAY_VIEW_ORG_REPORTS, CREDENTIALS_VERSION, CREATED_AT,"
                + " LAST_SIGN_IN_AT, VERSION, ORGANIZATION_PATH) VALUES (?, ?, ?, ?, ?, ?, ?, ?, FALSE, 1, ?, ?, 0, ?)")) {
            for (int i = 0; i < size.users; i++) {
                String first = FIRST[random.nextInt(FIRST.length)];
                String last = LAST[random.nextInt(LAST.length)];
                String email = (ascii(first) + "." + ascii(last) + "." + (i + 1) + "@generated.example").toLowerCase(Locale.ROOT);
                // Most people work in teams, some sit in a department, a few in a division.
                long organization = random.nextInt(20) == 0 ? allOrganizations.get(random.nextInt(allOrganizations.size()))
                        : teams.get(random.nextInt(teams.size()))[0];
                long id = ids.next("LMS_USER_SEQ");
                userIds[i] = id;
                userOrganization[i] = organization;
                insert.setLong(1, id);
                insert.setString(2, email);
                insert.setString(3, email);
                insert.setString(4, first + " " + last);
                insert.setString(5, hash);
                insert.setLong(6, organization);
                insert.setLong(7, roles.get(role()));
                insert.setString(8, random.nextInt(50) == 0 ? "DEACTIVATED" : "ACTIVE");
                insert.setTimestamp(9, now);
                insert.setTimestamp(10, random.nextInt(4) == 0 ? null
                        : Timestamp.from(Instant.now().minus(Duration.ofMinutes(random.nextInt(60 * 24 * 180)))));
                insert.setString(11, paths.get(organization));
                insert.addBatch();
                if (i % 1000 == 999) {
                    insert.executeBatch();
                    connection.commit();
                }
            }
            insert.executeBatch();
        }
        connection.commit();

        try (PreparedStatement group = connection.prepareStatement(
                "INSERT INTO LMS_GROUP (ID, NAME, ORGANIZATION_ID, VERSION) VALUES (?, ?, ?, 0)");
             PreparedStatement member = connection.prepareStatement("INSERT INTO GROUP_MEMBER (GROUP_ID, USER_ID) VALUES (?, ?)")) {
            // Groups belong to departments; their members come from that department's subtree.
            Map<Long, List<Long>> peopleByDepartment = new java.util.HashMap<>();
            Map<Long, Integer> teamDepartment = new java.util.HashMap<>();
            for (long[] team : teams) {
                teamDepartment.put(team[0], (int) team[1]);
            }
            for (int i = 0; i < size.users; i++) {
                Integer department = teamDepartment.get(userOrganization[i]);
                if (department != null) {
                    peopleByDepartment.computeIfAbsent(departments.get(department), k -> new ArrayList<>()).add(userIds[i]);
                }
            }
            String[] kinds = {"New Hires", "Team Leads", "Safety Champions", "Mentors", "Project Alpha", "Onboarding", "Compliance"};
            for (int g = 0; g < size.groups; g++) {
                long department = departments.get(g % departments.size());
                long id = ids.next("LMS_GROUP_SEQ");
                group.setLong(1, id);
                group.setString(2, kinds[g % kinds.length] + " " + (g + 1));
                group.setLong(3, department);
                group.addBatch();
                List<Long> people = peopleByDepartment.getOrDefault(department, List.of());
                int members = Math.min(people.size(), 10 + random.nextInt(60));
                java.util.Set<Long> chosen = new java.util.HashSet<>();
                while (chosen.size() < members) {
                    chosen.add(people.get(random.nextInt(people.size())));
                }
                for (long user : chosen) {
                    member.setLong(1, id);
                    member.setLong(2, user);
                    member.addBatch();
                }
            }
            group.executeBatch();
            member.executeBatch();
        }
        connection.commit();

        // Courses belong to departments, and a fifth of them to the whole company.
        List<Long> courseOrganizations = new ArrayList<>(departments);
        for (int i = 0; i < departments.size() / 4; i++) {
            courseOrganizations.add(root);
        }
        new LearningGenerator(connection, random, ids).generate(size.courses, size.enrollments, courseOrganizations, userIds);
    }

    private long organization(PreparedStatement insert, String name, long parent, String parentPath) throws SQLException {
        long id = ids.next("ORGANIZATION_SEQ");
        paths.put(id, parentPath + id + "/");
        insert.setLong(1, id);
        insert.setString(2, name);
        insert.setLong(3, parent);
        insert.setString(4, parentPath + id + "/");
        insert.addBatch();
        return id;
    }

    /** Roughly how roles are spread in a company: mostly learners. */
    private BuiltInRole role() {
        int dice = random.nextInt(1000);
        if (dice < 850) {
            return BuiltInRole.LEARNER;
        }
        if (dice < 900) {
            return BuiltInRole.INSTRUCTOR;
        }
        if (dice < 930) {
            return BuiltInRole.PUBLISHER;
        }
        if (dice < 950) {
            return BuiltInRole.REPORTER;
        }
        return dice < 995 ? BuiltInRole.ORGANIZATION_ADMINISTRATOR : BuiltInRole.ADMINISTRATOR;
    }

    private Map<BuiltInRole, Long> roles() throws SQLException {
        Map<BuiltInRole, Long> roles = new EnumMap<>(BuiltInRole.class);
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT BUILT_IN_KEY, ID FROM LMS_ROLE WHERE BUILT_IN_KEY IS NOT NULL")) {
            while (rs.next()) {
                roles.put(BuiltInRole.valueOf(rs.getString(1)), rs.getLong(2));
            }
        }
        return roles;
    }

    private static String ascii(String name) {
        return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("[^A-Za-z]", "");
    }

    private static void shutDownDerby() {
        try {
            DriverManager.getConnection("jdbc:derby:;shutdown=true");
        } catch (SQLException expected) {
            // Derby reports a clean shutdown as an exception (SQL state XJ015).
        }
    }
}
