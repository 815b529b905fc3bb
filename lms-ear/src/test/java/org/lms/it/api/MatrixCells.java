package org.lms.it.api;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.lms.domain.roles.BuiltInRole;
import org.lms.it.support.DemoUsers;
import org.lms.it.support.PermissionMatrixFile.Row;

/**
 * Turns a row of the permission matrix into the API call that expresses it, on fresh objects the
 * Administrator makes through the API beforehand. Rows with no API call (content, learning
 * and reports: their own issues) or whose target needs learning records are left
 * out, each for a reason named in {@link #NOT_OVER_HTTP}.
 */
final class MatrixCells {

    /** Operations the API of this issue does not offer, and why. */
    static final Set<String> NOT_OVER_HTTP = Set.of(
            "UserAdministration.grantableRoles", // the role list of the Edit User page; clients read GET /roles
            // One call would hand the account over or lock every other actor of the run out: AccountApiIT
            // proves these over HTTP, with the account restored after each.
            "OwnershipTransfer.transferTo", "MembershipService.cancel", "MembershipService.renew",
            // Opening a course outside the learner's own courses: no page or API call of the product does
            // this; the container run holds its cells. The content cells replayed below leave out courses
            // the actor created ("own"), courses with learners ("learning") and courses assigned to the
            // actor ("assigned"), which the API cannot make for every role; the container run holds those.
            "CourseCatalog.open", "MyLearning.courses",
            "CourseAdministration.lessonFile", "CourseAdministration.sendLessonFile", "CourseAdministration.attachFile",
            "MyLearning.lessonFile", "MyLearning.sendLessonFile", // lesson files: LessonFilesApiIT proves them over HTTP
            // Taking quizzes: QuizApiIT proves their API's answers, refusals and scope over HTTP (the quiz
            // editor's cells are replayed below).
            "QuizTaking.submit", "QuizTaking.keepAnswers", // these need an attempt, which only an assigned learner can start
            // Handing in work: AssignmentsApiIT proves its API's answers, refusals and scope over HTTP (the
            // graders' and the assignment editor's cells are replayed below).
            "MyAssignments.replace", "MyAssignments.sendFile", // these need the actor's own submission, as the quiz attempts above
            // Reports: ReportsApiIT proves their answers, scope and refusals over HTTP, JSON and CSV.
            "ReportService.myHistory", "ReportService.organizationSummary", "ReportService.organizationChildren",
            "ReportService.countOrganizationChildren", "CourseProgressReport.page", "CourseProgressReport.count",
            "UserProgressReport.page", "UserProgressReport.count", "GroupProgressReport.page", "GroupProgressReport.count",
            "OverdueReport.page", "OverdueReport.count", "ReportExport.requirePermission",
            // The exports and the enrollment detail report: ReportsApiIT proves them over HTTP, JSON and CSV.
            "CourseProgressReport.export", "UserProgressReport.export", "OverdueReport.export", "EnrollmentDetailReport.page",
            "EnrollmentDetailReport.count", "EnrollmentDetailReport.export",
            "ProgressOverTimeReport.months",
            // The Reports page's course picker and its access rule: ReportsBrowserIT proves them on the page.
            "ReportCourses.page", "ReportService.organizationReportsPermitted", "ReportService.learningReportsPermitted",
            "MyProfileService.accountDefaults", "MyProfileService.shell", // the page shell's defaults
            "UserDirectory.columns", "UserDirectory.customColumns", // the columns of the Users page and its exports
            "UserAdministration.save", // the Edit User page's one-step save; the API offers PATCH, role and status calls
            "UserAdministration.inviteToSetPassword", // set-password links are handed over on the pages
            "UserBulkActions.changeRole", "UserBulkActions.move", "UserBulkActions.addToGroup",
            "UserBulkActions.deactivate", // the Users page's bulk actions; API clients call per person
            "GroupAdministration.candidates", "GroupAdministration.groupsOf", // pickers of the pages
            "AssignablePeople.find", // the course editor's person picker; clients assign by user id
            "PermissionExplainer.candidates", "PermissionExplainer.target", // the Why page's pickers; clients name ids
            "RoleAdministration.previewChange", // the Roles page's impact preview before saving
            "AccountSettingsService.changeLogo", "AccountSettingsService.removeLogo", // the logo is uploaded on its page
            "UserImport.dryRun", "UserImport.start", "UserImport.run", "UserImport.progress",
            "UserImport.discard", // the import page; provisioning clients call POST /users per person
            "MySettings.profile", // My settings' profile fields; GET /me carries them
            "ProfileFieldAdministration.matrix", "ProfileFieldAdministration.define", "ProfileFieldAdministration.change",
            "ProfileFieldAdministration.move", "ProfileFieldAdministration.delete",
            "ProfileFieldAdministration.setRules"); // the Profile fields page; no API for field definitions yet
    /** Targets that need content or learning records, which this API cannot make. */
    static final Set<String> TARGETS_NOT_OVER_HTTP = Set.of("learning", "own", "assigned", "assigned-draft");

    /** The organizations of the world and the people acting in it. */
    record World(long home, long homeSub, long other, long ownerId) {
    }

    /** Who acts: their role, id, password and current client. */
    record Actor(BuiltInRole role, long id, String email, String password) {
    }

    /**
     * A cell ready to run: the call as the actor, whether it only reads (then nothing is
     * compared), a check of a list's answer (null: any success counts as allowed), and the state
     * the Administrator reads before and after to prove a refused call changed nothing.
     */
    record Cell(Function<Api, ApiResponse> call, boolean read, Predicate<ApiResponse> listed, Supplier<String> state,
            boolean changesOwnCredentials) {
    }

    private final ApiWorld fixtures;
    private final World world;

    MatrixCells(ApiWorld fixtures, World world) {
        this.fixtures = fixtures;
        this.world = world;
    }

    /** The cell of {@code row} for {@code actor}, or null when the API cannot express the row. */
    Cell prepare(Row row, Actor actor) {
        if (TARGETS_NOT_OVER_HTTP.contains(row.target())) {
            return null;
        }
        String target = row.target();
        String variant = row.variant();
        Api admin = fixtures.admin;
        switch (row.method()) {
            case "UserDirectory.page", "UserDirectory.count": {
                long organization = org(target);
                long id = fixtures.user(organization, "LEARNER");
                String query;
                if ("organizationId".equals(variant)) {
                    query = "?q=" + encode(fixtures.email(id)) + "&organizationId=" + organization;
                } else if ("groupId".equals(variant)) {
                    long group = fixtures.group(organization, ApiWorld.unique("Api Matrix group"));
                    admin.put("/groups/" + group + "/members/" + id).expect(204);
                    query = "?groupId=" + group;
                } else {
                    query = "?q=" + encode(fixtures.email(id));
                }
                boolean count = row.method().endsWith("count");
                return list(api -> api.get("/users" + query), r -> count ? r.total() == 1 : r.ids().contains(id));
            }
            case "UserAdministration.get": {
                long id = userTarget(target, actor, "LEARNER");
                return read(api -> api.get("/users/" + id));
            }
            case "UserAdministration.create": {
                String email = ApiWorld.uniqueEmail("matrix-new");
                long organization = org(target);
                return change(api -> api.post("/users", Api.json("email", email, "name", "Matrix New", "organizationId", organization,
                        "roleKey", variant)), () -> admin.get("/users?q=" + encode(email)).body());
            }
            case "UserAdministration.update", "UserAdministration.edit": {
                boolean out = "out".equals(target);
                long id = out ? fixtures.user(world.home(), "LEARNER") : userTarget(target, actor, "LEARNER");
                long version = fixtures.userVersion(id);
                // The Owner keeps their name: other tests greet them by it.
                String name = id == world.ownerId() ? admin.get("/users/" + id).json().getString("name") : ApiWorld.unique("Matrix Renamed");
                String body = out ? Api.json("organizationId", world.other(), "version", version) : Api.json("name", name, "version", version);
                return change(api -> api.patch("/users/" + id, body), userState(id));
            }
            case "UserAdministration.move": {
                boolean out = "out".equals(target);
                long id = fixtures.user(out ? world.home() : org(target), "LEARNER");
                long destination = out ? world.other() : world.home();
                long version = fixtures.userVersion(id);
                return change(api -> api.patch("/users/" + id, Api.json("organizationId", destination, "version", version)), userState(id));
            }
            case "UserAdministration.assignRole": {
                String from = "LEARNER".equals(variant) ? "PUBLISHER" : "LEARNER";
                long id = userTarget(target, actor, from);
                return change(api -> api.put("/users/" + id + "/role", Api.json("roleKey", variant)), userState(id));
            }
            case "UserAdministration.deactivate": {
                long id = userTarget(target, actor, "LEARNER");
                return change(api -> api.post("/users/" + id + "/deactivate"), userState(id));
            }
            case "UserAdministration.activate": {
                long id = userTarget(target, actor, "LEARNER");
                admin.post("/users/" + id + "/deactivate").expect(200);
                return change(api -> api.post("/users/" + id + "/activate"), userState(id));
            }
            case "UserAdministration.delete": {
                long id = userTarget(target, actor, "LEARNER");
                return change(api -> api.delete("/users/" + id), userState(id));
            }
            case "UserAdministration.allowOrganizationReports": {
                long id = userTarget(target, actor, "LEARNER");
                long version = fixtures.userVersion(id);
                return change(api -> api.patch("/users/" + id, Api.json("mayViewOrganizationReports", true, "version", version)),
                        userState(id));
            }

            case "OrganizationAdministration.tree", "OrganizationAdministration.page", "OrganizationAdministration.count": {
                long id = fixtures.organization(org(target), "Api Matrix listed");
                String name = admin.get("/organizations/" + id).json().getString("name");
                boolean count = row.method().endsWith("count");
                return list(api -> api.get("/organizations?size=200&q=" + encode(name)), r -> count ? r.total() == 1 : r.ids().contains(id));
            }
            case "OrganizationAdministration.get": {
                long id = org(target);
                return read(api -> api.get("/organizations/" + id));
            }
            case "OrganizationAdministration.create": {
                String name = ApiWorld.unique("Api Matrix created");
                long parent = org(target);
                return change(api -> api.post("/organizations", Api.json("name", name, "parentId", parent)),
                        () -> admin.get("/organizations?q=" + encode(name)).body());
            }
            case "OrganizationAdministration.rename", "OrganizationAdministration.update", "OrganizationAdministration.move": {
                boolean out = "out".equals(target);
                boolean moving = out || row.method().endsWith("move");
                long id = fixtures.organization(out ? world.home() : org(target), "Api Matrix unit");
                long version = admin.get("/organizations/" + id).version();
                String body = moving ? Api.json("parentId", out ? world.other() : world.home(), "version", version)
                        : Api.json("name", ApiWorld.unique("Api Matrix renamed"), "version", version);
                return change(api -> api.patch("/organizations/" + id, body), () -> admin.get("/organizations/" + id).body());
            }
            case "OrganizationAdministration.delete": {
                long id = "home".equals(target) ? world.home() : fixtures.organization(org(target), "Api Matrix doomed");
                return change(api -> api.delete("/organizations/" + id), () -> admin.get("/organizations/" + id).body());
            }

            case "GroupAdministration.page", "GroupAdministration.count": {
                String name = ApiWorld.unique("Api Matrix listed group");
                long id = fixtures.group(org(target), name);
                boolean count = row.method().endsWith("count");
                return list(api -> api.get("/groups?size=200&q=" + encode(name)), r -> count ? r.total() == 1 : r.ids().contains(id));
            }
            case "GroupAdministration.get": {
                long id = fixtures.group(org(target), ApiWorld.unique("Api Matrix group"));
                return read(api -> api.get("/groups/" + id));
            }
            case "GroupAdministration.members": {
                long id = fixtures.group(org(target), ApiWorld.unique("Api Matrix group"));
                return read(api -> api.get("/groups/" + id + "/members"));
            }
            case "GroupAdministration.create": {
                String name = ApiWorld.unique("Api Matrix new group");
                long organization = org(target);
                return change(api -> api.post("/groups", Api.json("name", name, "organizationId", organization)),
                        () -> admin.get("/groups?q=" + encode(name)).body());
            }
            case "GroupAdministration.rename", "GroupAdministration.update": {
                long id = fixtures.group(org(target), ApiWorld.unique("Api Matrix group"));
                long version = admin.get("/groups/" + id).version();
                String name = ApiWorld.unique("Api Matrix renamed group");
                return change(api -> api.patch("/groups/" + id, Api.json("name", name, "version", version)), groupState(id));
            }
            case "GroupAdministration.delete": {
                long id = fixtures.group(org(target), ApiWorld.unique("Api Matrix group"));
                return change(api -> api.delete("/groups/" + id), groupState(id));
            }
            case "GroupAdministration.addMember": {
                boolean cross = "cross".equals(target);
                long group = fixtures.group(org(target), ApiWorld.unique("Api Matrix group"));
                long user = fixtures.user(cross ? world.other() : org(target), "LEARNER");
                return change(api -> api.put("/groups/" + group + "/members/" + user), groupState(group));
            }
            case "GroupAdministration.removeMember": {
                long group = fixtures.group(org(target), ApiWorld.unique("Api Matrix group"));
                long user = fixtures.user(org(target), "LEARNER");
                admin.put("/groups/" + group + "/members/" + user).expect(204);
                return change(api -> api.delete("/groups/" + group + "/members/" + user), groupState(group));
            }

            case "RoleAdministration.roles":
                return read(api -> api.get("/roles"));
            case "RoleAdministration.get": {
                long id = fixtures.roleId("LEARNER");
                return read(api -> api.get("/roles/" + id));
            }
            case "RoleAdministration.create", "RoleAdministration.cloneRole": {
                // A clone is a new role with the privileges of another: the API composes it from them.
                List<String> privileges = row.method().endsWith("cloneRole") ? privilegesOf(fixtures.roleId(variant))
                        : List.of(variant == null ? "VIEW_REPORTS" : variant);
                String name = ApiWorld.unique("Api Matrix role");
                return change(api -> api.post("/roles", Api.json("name", name, "privileges", privileges)),
                        () -> admin.get("/roles?size=200").body());
            }
            case "RoleAdministration.update": {
                long id = variant == null ? customRole() : fixtures.roleId(variant);
                List<String> privileges = variant == null ? List.of("VIEW_OWN_HISTORY", "VIEW_REPORTS") : privilegesOf(id);
                long version = admin.get("/roles/" + id).version();
                String name = ApiWorld.unique("Api Matrix changed role");
                return change(api -> api.put("/roles/" + id, Api.json("name", name, "privileges", privileges, "version", version)),
                        () -> admin.get("/roles/" + id).body());
            }
            case "RoleAdministration.delete": {
                long id = variant == null ? customRole() : fixtures.roleId(variant);
                return change(api -> api.delete("/roles/" + id), () -> admin.get("/roles/" + id).body());
            }

            case "MySettings.changePassword":
                return new Cell(api -> api.put("/me/password", Api.json("currentPassword", actor.password(), "newPassword", actor.password())),
                        false, null, userState(actor.id()), true);
            case "MySettings.changeEmail":
                return change(api -> api.patch("/me", Api.json("email", actor.email(), "currentPassword", actor.password())),
                        userState(actor.id()));
            case "MySettings.changeLanguageAndTimeZone":
                return change(api -> api.patch("/me", Api.json("locale", null, "timeZone", null)), userState(actor.id()));
            case "MySettings.update":
                return change(api -> api.patch("/me", "{}"), userState(actor.id()));
            case "MyProfileService.me":
                return read(api -> api.get("/me"));
            case "PermissionExplainer.explain": {
                long id = fixtures.user(org(target), "LEARNER");
                return read(api -> api.get("/permissions/explain?privilege=VIEW_REPORTS&userId=" + id));
            }
            case "AuditTrail.page", "AuditTrail.count": {
                // Creating a group of the target organization leaves an event about it, named like the group.
                String name = ApiWorld.unique("Api Matrix audited");
                fixtures.group(org(target), name);
                boolean count = row.method().endsWith("count");
                return list(api -> api.get("/audit-events?target=" + encode(name)), r -> count ? r.total() == 1 : !r.items().isEmpty());
            }
            case "CourseAdministration.library", "CourseAdministration.count": {
                String title = ApiWorld.unique("Api Matrix course");
                long id = course(org(target), title);
                boolean count = row.method().endsWith("count");
                return list(api -> api.get("/courses?q=" + encode(title)), r -> count ? r.total() == 1 : r.ids().contains(id));
            }
            case "CourseAdministration.course": {
                long id = course(org(target), ApiWorld.unique("Api Matrix course"));
                return read(api -> api.get("/courses/" + id));
            }
            case "CourseAdministration.create": {
                String title = ApiWorld.unique("Api Matrix new course");
                long organization = org(target);
                return change(api -> api.post("/courses", Api.json("organizationId", organization, "title", title)),
                        () -> admin.get("/courses?q=" + encode(title)).body());
            }
            case "CourseAdministration.describe": {
                long id = course(org(target), ApiWorld.unique("Api Matrix course"));
                long version = admin.get("/courses/" + id).expect(200).json().getJsonNumber("version").longValue();
                String title = ApiWorld.unique("Api Matrix renamed");
                return change(api -> api.patch("/courses/" + id, Api.json("title", title, "version", version)), courseState(id));
            }
            case "CourseAdministration.publish", "CourseAdministration.archive", "CourseAdministration.delete": {
                long id = course(org(target), ApiWorld.unique("Api Matrix course"));
                return change(switch (row.method()) {
                    case "CourseAdministration.publish" -> api -> api.post("/courses/" + id + "/publication");
                    case "CourseAdministration.archive" -> api -> api.post("/courses/" + id + "/archive");
                    default -> api -> api.delete("/courses/" + id);
                }, courseState(id));
            }
            case "CourseAdministration.addLesson": {
                long id = course(org(target), ApiWorld.unique("Api Matrix course"));
                return change(api -> api.post("/courses/" + id + "/lessons", Api.json("kind", "TEXT", "title", "Added", "body", "<p>Added</p>")),
                        courseState(id));
            }
            case "CourseAdministration.changeLesson", "CourseAdministration.moveLesson", "CourseAdministration.removeLesson": {
                long id = course(org(target), ApiWorld.unique("Api Matrix course"));
                JsonObject lesson = admin.get("/courses/" + id).expect(200).json().getJsonArray("lessons").getJsonObject(0);
                long lessonId = lesson.getJsonNumber("id").longValue();
                String address = "/courses/" + id + "/lessons/" + lessonId;
                return change(switch (row.method()) {
                    case "CourseAdministration.changeLesson" -> api -> api.put(address, Api.json("kind", "TEXT", "title", "Changed",
                            "body", "<p>Changed</p>", "version", lesson.getJsonNumber("version").longValue()));
                    case "CourseAdministration.moveLesson" -> api -> api.post(address + "/move", Api.json("direction", 1));
                    default -> api -> api.delete(address);
                }, courseState(id));
            }
            case "EnrollmentAdministration.assign", "EnrollmentAdministration.assignToGroup",
                    "EnrollmentAdministration.assignToOrganization": {
                long organization = org(target);
                long id = publishedCourse(organization);
                String body = switch (row.method()) {
                    case "EnrollmentAdministration.assign" -> assignment("USER", fixtures.user(organization, "LEARNER"));
                    case "EnrollmentAdministration.assignToGroup" ->
                            assignment("GROUP", fixtures.group(organization, ApiWorld.unique("Api Matrix assigned group")));
                    default -> assignment("ORGANIZATION", organization);
                };
                return change(api -> api.post("/courses/" + id + "/assignments", body), assignmentState(id));
            }
            case "EnrollmentAdministration.unassign": {
                long organization = org(target);
                long id = publishedCourse(organization);
                long learner = fixtures.user(organization, "LEARNER");
                admin.post("/courses/" + id + "/assignments", assignment("USER", learner)).expect(201);
                return change(api -> api.delete("/courses/" + id + "/enrollments/" + learner), assignmentState(id));
            }
            case "EnrollmentAdministration.removeAssignment": {
                long organization = org(target);
                long id = publishedCourse(organization);
                long rule = admin.post("/courses/" + id + "/assignments", assignment("ORGANIZATION", organization)).expect(201).id();
                return change(api -> api.delete("/courses/" + id + "/assignments/" + rule), assignmentState(id));
            }
            case "EnrollmentAdministration.assignments": {
                long id = publishedCourse(org(target));
                return read(api -> api.get("/courses/" + id + "/assignments"));
            }
            case "EnrollmentAdministration.enrollments", "EnrollmentAdministration.countEnrollments": {
                long organization = org(target);
                long id = publishedCourse(organization);
                admin.post("/courses/" + id + "/assignments", assignment("USER", fixtures.user(organization, "LEARNER"))).expect(201);
                return read(api -> api.get("/courses/" + id + "/enrollments"));
            }
            case "MyLearning.player", "MyLearning.lesson", "MyLearning.complete": {
                // A published course nobody assigned to the actor: not theirs to open, whatever their role.
                long id = publishedCourse(org(target));
                long lesson = admin.get("/courses/" + id).expect(200).json().getJsonArray("lessons").getJsonObject(0)
                        .getJsonNumber("id").longValue();
                String address = "/me/courses/" + id;
                return switch (row.method()) {
                    case "MyLearning.player" -> read(api -> api.get(address));
                    case "MyLearning.lesson" -> read(api -> api.get(address + "/lessons/" + lesson));
                    default -> change(api -> api.post(address + "/lessons/" + lesson + "/completion"), assignmentState(id));
                };
            }
            case "QuizAdministration.quiz", "QuizAdministration.configure", "QuizAdministration.addQuestion",
                    "QuizAdministration.changeQuestion", "QuizAdministration.removeQuestion", "QuizAdministration.moveQuestion": {
                long id = course(org(target), ApiWorld.unique("Api Matrix quiz course"));
                long lesson = admin.post("/courses/" + id + "/lessons", Api.json("kind", "QUIZ", "title", "Check", "body", "<p>Check</p>"))
                        .expect(201).id();
                String quiz = "/courses/" + id + "/lessons/" + lesson + "/quiz";
                for (int i = 0; i < 2; i++) {
                    admin.post(quiz + "/questions", trueOrFalse("Question " + i, null)).expect(201);
                }
                JsonObject editor = admin.get(quiz).expect(200).json();
                JsonObject question = editor.getJsonArray("questions").getJsonObject(0);
                String address = quiz + "/questions/" + question.getJsonNumber("id").longValue();
                Supplier<String> state = () -> admin.get(quiz).body();
                return switch (row.method()) {
                    case "QuizAdministration.quiz" -> read(api -> api.get(quiz));
                    case "QuizAdministration.configure" -> change(api -> api.put(quiz, Api.json("passMark", 80, "maxAttempts", 2,
                            "version", editor.getJsonNumber("version").longValue())), state);
                    case "QuizAdministration.addQuestion" -> change(api -> api.post(quiz + "/questions", trueOrFalse("Added", null)), state);
                    case "QuizAdministration.changeQuestion" -> change(api -> api.put(address,
                            trueOrFalse("Changed", question.getJsonNumber("version").longValue())), state);
                    case "QuizAdministration.removeQuestion" -> change(api -> api.delete(address), state);
                    default -> change(api -> api.post(address + "/move", Api.json("direction", 1)), state);
                };
            }
            case "CourseDiscussion.board", "CourseDiscussion.thread", "CourseDiscussion.startThread", "CourseDiscussion.reply",
                    "CourseDiscussion.remove": {
                long id = publishedCourse(org(target));
                String discussion = "/courses/" + id + "/discussion";
                // Posts of someone else than the actor: the Administrator's, or the Owner's when the Administrator acts.
                Api author = actor.role() == BuiltInRole.ADMINISTRATOR ? owner() : admin;
                long thread = author.post(discussion + "/threads", Api.json("title", "Api Matrix thread", "body", "Opening")).expect(201).id();
                long reply = author.post(discussion + "/threads/" + thread + "/replies", Api.json("body", "A reply")).expect(201).id();
                Supplier<String> state = () -> admin.get(discussion + "/threads").body() + admin.get(discussion + "/threads/" + thread).body();
                return switch (row.method()) {
                    case "CourseDiscussion.board" -> read(api -> api.get(discussion + "/threads"));
                    case "CourseDiscussion.thread" -> read(api -> api.get(discussion + "/threads/" + thread));
                    case "CourseDiscussion.startThread" ->
                            change(api -> api.post(discussion + "/threads", Api.json("title", "Started", "body", "Text")), state);
                    case "CourseDiscussion.reply" ->
                            change(api -> api.post(discussion + "/threads/" + thread + "/replies", Api.json("body", "Another")), state);
                    default -> change(api -> api.delete(discussion + "/posts/" + reply), state);
                };
            }
            case "AssignmentAdministration.assignment", "AssignmentAdministration.configure": {
                long id = course(org(target), ApiWorld.unique("Api Matrix assignment course"));
                String rules = "/courses/" + id + "/lessons/" + assignmentLesson(id) + "/assignment";
                return "AssignmentAdministration.assignment".equals(row.method()) ? read(api -> api.get(rules))
                        : change(api -> api.put(rules, Api.json("passMark", 70, "version", 0)), () -> admin.get(rules).body());
            }
            case "SubmissionGrading.submission", "SubmissionGrading.sendFile", "SubmissionGrading.grade",
                    "SubmissionGrading.queue", "SubmissionGrading.count": {
                long organization = org(target);
                long id = course(organization, ApiWorld.unique("Api Matrix graded course"));
                long lesson = assignmentLesson(id);
                admin.post("/courses/" + id + "/publication").expect(200);
                long learnerId = fixtures.user(organization, "LEARNER");
                admin.post("/courses/" + id + "/assignments", assignment("USER", learnerId)).expect(201);
                // Work handed in by a learner of the target organization, as a file.
                long submission = fixtures.as(learnerId).send("POST", "/me/courses/" + id + "/lessons/" + lesson
                        + "/submissions/file?name=work.pdf", "%PDF-1.4\n% handed in for the matrix\n%%EOF\n", "application/pdf")
                        .expect(201).id();
                String address = "/submissions/" + submission;
                return switch (row.method()) {
                    case "SubmissionGrading.submission" -> read(api -> api.get(address));
                    case "SubmissionGrading.sendFile" -> read(api -> api.get(address + "/file"));
                    case "SubmissionGrading.grade" ->
                            change(api -> api.put(address + "/grade", Api.json("score", 80)), () -> admin.get(address).body());
                    default -> {
                        boolean count = row.method().endsWith("count");
                        yield list(api -> api.get("/submissions?courseId=" + id), r -> count ? r.total() == 1 : r.ids().contains(submission));
                    }
                };
            }
            case "QuizTaking.quiz", "QuizTaking.start", "MyAssignments.assignment", "MyAssignments.submit": {
                // A quiz or an assignment of a published course nobody assigned to the actor: not found, whatever the role.
                boolean quiz = row.method().startsWith("QuizTaking");
                long id = course(org(target), ApiWorld.unique("Api Matrix learner's course"));
                long lesson = quiz ? admin.post("/courses/" + id + "/lessons", Api.json("kind", "QUIZ", "title", "Check",
                        "body", "<p>Check</p>")).expect(201).id() : assignmentLesson(id);
                if (quiz) {
                    admin.post("/courses/" + id + "/lessons/" + lesson + "/quiz/questions", trueOrFalse("Question", null)).expect(201);
                }
                admin.post("/courses/" + id + "/publication").expect(200);
                String address = "/me/courses/" + id + "/lessons/" + lesson + (quiz ? "/attempts" : "/submissions");
                Supplier<String> state = () -> admin.get("/courses/" + id + "/enrollments").body()
                        + admin.get("/submissions?courseId=" + id).body();
                return switch (row.method()) {
                    case "QuizTaking.quiz", "MyAssignments.assignment" -> read(api -> api.get(address));
                    case "QuizTaking.start" -> change(api -> api.post(address), state);
                    default -> change(api -> api.post(address, Api.json("text", "My work")), state);
                };
            }

            case "AccountSettingsService.settings":
                return read(api -> api.get("/account/settings"));
            case "AccountSettingsService.update": {
                // The settings as they are, sent back: an allowed call changes nothing but succeeds.
                String settings = admin.get("/account/settings").expect(200).body();
                return change(api -> api.put("/account/settings", settings), () -> admin.get("/account/settings").body());
            }
            case "MembershipService.membership":
                return read(api -> api.get("/account/membership"));
            case "MembershipService.update": {
                Api owner = owner();
                JsonObject membership = owner.get("/account/membership").expect(200).json();
                String body = Api.json("plan", membership.getString("plan"), "seatLimit", membership.getInt("seatLimit"),
                        "billingContact", membership.getString("billingContact", null), "version",
                        membership.getJsonNumber("version").longValue());
                return change(api -> api.put("/account/membership", body), () -> owner.get("/account/membership").body());
            }
            default:
                return null;
        }
    }

    /**
     * The membership is the Owner's alone to read, so its state is read as the Owner, signed in
     * afresh: the Owner's own rows (a password change) end the tokens issued before.
     */
    private static Api owner() {
        return Api.signIn(DemoUsers.OWNER, DemoUsers.OWNER_PASSWORD);
    }

    private static Cell read(Function<Api, ApiResponse> call) {
        return new Cell(call, true, null, () -> "", false);
    }

    private static Cell list(Function<Api, ApiResponse> call, Predicate<ApiResponse> listed) {
        return new Cell(call, true, listed, () -> "", false);
    }

    private static Cell change(Function<Api, ApiResponse> call, Supplier<String> state) {
        return new Cell(call, false, null, state, false);
    }

    private Supplier<String> userState(long id) {
        return () -> fixtures.admin.get("/users/" + id).body();
    }

    /**
     * A draft course of {@code organizationId} made by the Administrator (someone else than every
     * other actor), with two text lessons.
     */
    private long course(long organizationId, String title) {
        long id = fixtures.admin.post("/courses", Api.json("organizationId", organizationId, "title", title)).expect(201).id();
        for (String lesson : List.of("First", "Second")) {
            fixtures.admin.post("/courses/" + id + "/lessons", Api.json("kind", "TEXT", "title", lesson, "body", "<p>" + lesson + "</p>"))
                    .expect(201);
        }
        return id;
    }

    /** A published course of {@code organizationId}, made by the Administrator, for assigning. */
    private long publishedCourse(long organizationId) {
        long id = course(organizationId, ApiWorld.unique("Api Matrix assigned course"));
        fixtures.admin.post("/courses/" + id + "/publication").expect(200);
        return id;
    }

    /** An assignment lesson added to a course by the Administrator. */
    private long assignmentLesson(long courseId) {
        return fixtures.admin.post("/courses/" + courseId + "/lessons", Api.json("kind", "ASSIGNMENT", "title", "Essay",
                "body", "<p>Write</p>")).expect(201).id();
    }

    /** A true/false question, "True" being right; with {@code version} for a change. */
    private static String trueOrFalse(String text, Long version) {
        JsonObjectBuilder question = Json.createObjectBuilder().add("kind", "TRUE_FALSE").add("text", text)
                .add("options", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("text", "True").add("correct", true))
                        .add(Json.createObjectBuilder().add("text", "False").add("correct", false)));
        if (version != null) {
            question.add("version", version);
        }
        return question.build().toString();
    }

    private static String assignment(String targetType, long targetId) {
        return Api.json("targetType", targetType, "targetId", targetId, "mandatory", true);
    }

    /** A course's rules and learners, as the Administrator reads them. */
    private Supplier<String> assignmentState(long courseId) {
        return () -> fixtures.admin.get("/courses/" + courseId + "/assignments").body()
                + fixtures.admin.get("/courses/" + courseId + "/enrollments").body();
    }

    private Supplier<String> courseState(long id) {
        return () -> fixtures.admin.get("/courses/" + id).body();
    }

    private Supplier<String> groupState(long id) {
        return () -> fixtures.admin.get("/groups/" + id).body() + fixtures.admin.get("/groups/" + id + "/members").body();
    }

    private long org(String target) {
        return switch (target) {
            case "same", "cross", "admin", "self", "home", "none" -> world.home();
            case "sub" -> world.homeSub();
            case "other" -> world.other();
            default -> throw new IllegalArgumentException("unknown target " + target);
        };
    }

    private long userTarget(String target, Actor actor, String role) {
        return switch (target) {
            case "self" -> actor.id();
            case "owner" -> world.ownerId();
            case "admin" -> fixtures.user(world.home(), "ADMINISTRATOR");
            default -> fixtures.user(org(target), role);
        };
    }

    private List<String> privilegesOf(long roleId) {
        return fixtures.admin.get("/roles/" + roleId).json().getJsonArray("privileges").getValuesAs(jakarta.json.JsonString::getString);
    }

    private long customRole() {
        return fixtures.admin.post("/roles", Api.json("name", ApiWorld.unique("Api Matrix custom"), "privileges", List.of("VIEW_REPORTS")))
                .expect(201).id();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
