package org.lms.it.container;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.Set;
import org.lms.domain.content.LessonKind;
import org.lms.domain.content.QuestionKind;
import org.lms.domain.roles.BuiltInRole;
import org.lms.domain.roles.Privilege;
import org.lms.it.support.PermissionMatrixFile.Row;
import org.lms.service.account.AccountSettings;
import org.lms.service.account.AccountSettingsService;
import org.lms.service.account.MembershipService;
import org.lms.service.account.OwnershipTransfer;
import org.lms.service.audit.AuditQuery;
import org.lms.service.audit.AuditTrail;
import org.lms.service.content.CourseAdministration;
import org.lms.service.content.CourseCatalog;
import org.lms.service.content.CourseFilter;
import org.lms.service.content.FileSink;
import org.lms.service.content.LessonDraft;
import org.lms.service.content.QuestionDraft;
import org.lms.service.content.QuizAdministration;
import org.lms.service.content.AssignmentAdministration;
import org.lms.service.content.QuizSettings;
import org.lms.service.discussion.CourseDiscussion;
import org.lms.service.groups.GroupAdministration;
import org.lms.service.imports.ImportLine;
import org.lms.service.imports.UserImport;
import org.lms.service.learning.AssignablePeople;
import org.lms.service.learning.EnrollmentAdministration;
import org.lms.service.learning.EnrollmentFilter;
import org.lms.service.learning.MyLearning;
import org.lms.service.learning.QuizTaking;
import org.lms.service.learning.MyAssignments;
import org.lms.service.learning.SubmissionFilter;
import org.lms.service.learning.SubmissionGrading;
import org.lms.service.learning.SubmissionSort;
import org.lms.service.organizations.OrganizationAdministration;
import org.lms.service.permissions.InvalidInput;
import org.lms.service.permissions.NotFound;
import org.lms.service.organizations.OrganizationQuery;
import org.lms.service.permissions.PermissionExplainer;
import org.lms.domain.profiles.CustomFieldType;
import org.lms.domain.profiles.FieldAccess;
import org.lms.service.profiles.ProfileFieldAdministration;
import org.lms.service.profiles.RuleChange;
import org.lms.service.permissions.TargetType;
import org.lms.service.reports.CourseProgressReport;
import org.lms.service.reports.CourseProgressRow;
import org.lms.service.reports.CourseProgressSort;
import org.lms.service.reports.EnrollmentDetailReport;
import org.lms.service.reports.EnrollmentDetailRow;
import org.lms.service.reports.EnrollmentDetailSort;
import org.lms.service.reports.GroupProgressReport;
import org.lms.service.reports.GroupProgressRow;
import org.lms.service.reports.OverdueReport;
import org.lms.service.reports.OverdueRow;
import org.lms.service.reports.OverdueSort;
import org.lms.service.reports.ProgressOverTimeReport;
import org.lms.service.reports.ReportCourses;
import org.lms.service.reports.ReportExport;
import org.lms.service.reports.ReportFilter;
import org.lms.service.reports.ReportService;
import org.lms.service.reports.UserProgressReport;
import org.lms.service.reports.UserProgressRow;
import org.lms.service.reports.UserProgressSort;
import org.lms.service.roles.RoleAdministration;
import org.lms.service.users.MyChanges;
import org.lms.service.users.MyProfileService;
import org.lms.service.users.MySettings;
import org.lms.service.users.BulkOutcome;
import org.lms.service.users.UserAdministration;
import org.lms.service.users.UserBulkActions;
import org.lms.service.users.UserDetails;
import org.lms.service.users.UserEdit;
import org.lms.service.users.UserDirectory;
import org.lms.service.users.UserQuery;

/**
 * Test-only: turns a row of the permission matrix into a real call of the service, as the
 * signed-in actor, on fresh objects made by {@link MatrixWorld} beforehand. A list operation
 * answers whether the target object was in the result; other operations answer null.
 */
@RequestScoped
public class MatrixOperations {

    /** Who acts: a built-in role's actor in the world's home organization. */
    public record Actor(BuiltInRole role, long id, String password) {
    }

    @Inject private MatrixWorld world;
    @Inject private UserDirectory directory;
    @Inject private UserAdministration users;
    @Inject private UserBulkActions bulk;
    @Inject private OrganizationAdministration organizations;
    @Inject private GroupAdministration groups;
    @Inject private RoleAdministration roles;
    @Inject private OwnershipTransfer ownership;
    @Inject private AccountSettingsService settings;

    private static final QuestionDraft MATRIX_QUESTION = new QuestionDraft(QuestionKind.TRUE_FALSE, "Matrix statement",
            List.of(new QuestionDraft.OptionDraft("True", true), new QuestionDraft.OptionDraft("False", false)));

    /** A 1x1 transparent PNG. */
    static final byte[] TINY_PNG = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
    @Inject private MembershipService membership;
    @Inject private CourseAdministration courses;
    @Inject private CourseCatalog catalog;
    @Inject private EnrollmentAdministration enrollments;
    @Inject private MyLearning learning;
    @Inject private AssignablePeople people;
    @Inject private QuizAdministration quizzes;
    @Inject private QuizTaking quizTaking;
    @Inject private CourseDiscussion discussion;
    @Inject private AssignmentAdministration assignments;
    @Inject private MyAssignments myAssignments;
    @Inject private SubmissionGrading grading;
    @Inject private ReportService reports;
    @Inject private CourseProgressReport courseProgress;
    @Inject private UserProgressReport userProgress;
    @Inject private GroupProgressReport groupProgress;
    @Inject private OverdueReport overdueReport;
    @Inject private EnrollmentDetailReport enrollmentDetail;
    @Inject private ReportCourses reportCourses;
    @Inject private ProgressOverTimeReport progressOverTime;
    @Inject private ReportExport export;
    @Inject private MySettings mySettings;
    @Inject private PermissionExplainer explainer;
    @Inject private AuditTrail auditTrail;
    @Inject private MyProfileService profiles;
    @Inject private UserImport imports;
    @Inject private ProfileFieldAdministration profileFields;

    /** A cell ready to run: the call on objects made already, and what to undo after it. */
    public record Prepared(Callable<Object> call, Runnable cleanup) {
    }

    /** Makes the objects the row acts on and returns the call to make as the signed-in actor. */
    public Prepared prepare(Row row, Actor actor, MatrixWorld.World w) {
        String target = row.target();
        String variant = row.variant();
        switch (row.method()) {
            case "UserDirectory.page": {
                long organization = org(w, target);
                long id = world.user(organization, BuiltInRole.LEARNER);
                UserQuery query;
                if ("organizationId".equals(variant)) {
                    query = new UserQuery(world.email(id), null, organization, null, null, null, UserQuery.SortField.NAME, false);
                } else if ("groupId".equals(variant)) {
                    long group = world.group(organization, world.groupName());
                    world.addMember(group, id);
                    query = new UserQuery(null, null, null, null, null, group, UserQuery.SortField.NAME, false);
                } else {
                    query = new UserQuery(world.email(id), null, UserQuery.SortField.NAME, false);
                }
                return listed(() -> directory.page(query, 0, 50).stream().anyMatch(r -> r.id() == id));
            }
            case "UserDirectory.count": {
                UserQuery query = new UserQuery(world.email(world.user(org(w, target), BuiltInRole.LEARNER)), null,
                        UserQuery.SortField.NAME, false);
                return listed(() -> directory.count(query) == 1);
            }
            case "UserDirectory.columns":
                return act(directory::columns);
            case "UserDirectory.customColumns":
                return act(directory::customColumns);
            case "UserAdministration.get": {
                long id = userTarget(w, actor, target, BuiltInRole.LEARNER);
                return act(() -> users.get(id));
            }
            case "UserAdministration.create": {
                long role = world.roleId(BuiltInRole.valueOf(variant));
                String email = world.uniqueName("new").replace(' ', '-') + "@matrix.example";
                return act(() -> users.create(org(w, target), email, "New Person", role, null));
            }
            case "UserAdministration.update": {
                long id = userTarget(w, actor, target, BuiltInRole.LEARNER);
                long version = world.userVersion(id);
                String email = world.email(id);
                return act(() -> users.update(id, version, "Renamed Person", email));
            }
            case "UserAdministration.save": {
                long id = userTarget(w, actor, target, BuiltInRole.LEARNER);
                UserDetails user = world.details(id);
                UserEdit edit = new UserEdit(world.uniqueName("Saved Person"), user.email(), user.roleId(), user.status());
                return act(() -> users.save(id, user.version(), user.organizationId(), edit));
            }
            case "UserAdministration.inviteToSetPassword": {
                long id = userTarget(w, actor, target, BuiltInRole.LEARNER);
                return act(() -> users.inviteToSetPassword(id));
            }
            case "UserBulkActions.changeRole": {
                BuiltInRole from = "LEARNER".equals(variant) ? BuiltInRole.PUBLISHER : BuiltInRole.LEARNER;
                long id = userTarget(w, actor, target, from);
                long role = world.roleId(BuiltInRole.valueOf(variant));
                return bulk(() -> bulk.changeRole(List.of(id), role));
            }
            case "UserBulkActions.move": {
                boolean out = "out".equals(target);
                long id = world.user(out ? w.home() : org(w, target), BuiltInRole.LEARNER);
                return bulk(() -> bulk.move(List.of(id), out ? w.other() : w.home()));
            }
            case "UserBulkActions.addToGroup": {
                boolean cross = "cross".equals(target);
                long group = world.group(org(w, target), world.groupName());
                long user = world.user(cross ? w.other() : org(w, target), BuiltInRole.LEARNER);
                return bulk(() -> bulk.addToGroup(List.of(user), group));
            }
            case "UserBulkActions.deactivate": {
                long id = userTarget(w, actor, target, BuiltInRole.LEARNER);
                return bulk(() -> bulk.deactivate(List.of(id)));
            }
            case "UserAdministration.edit": {
                boolean out = "out".equals(target);
                long id = out ? world.user(w.home(), BuiltInRole.LEARNER) : userTarget(w, actor, target, BuiltInRole.LEARNER);
                long version = world.userVersion(id);
                return act(() -> users.edit(id, version, out ? null : "Edited Person", null, out ? w.other() : null, null, null));
            }
            case "UserAdministration.assignRole": {
                BuiltInRole from = "LEARNER".equals(variant) ? BuiltInRole.PUBLISHER : BuiltInRole.LEARNER;
                long id = userTarget(w, actor, target, from);
                long role = world.roleId(BuiltInRole.valueOf(variant));
                return act(() -> users.assignRole(id, role));
            }
            case "UserAdministration.move": {
                boolean out = "out".equals(target);
                long id = world.user(out ? w.home() : org(w, target), BuiltInRole.LEARNER);
                return act(() -> users.move(id, out ? w.other() : w.home()));
            }
            case "UserAdministration.deactivate": {
                long id = userTarget(w, actor, target, BuiltInRole.LEARNER);
                return act(() -> users.deactivate(id));
            }
            case "UserAdministration.activate": {
                long id = userTarget(w, actor, target, BuiltInRole.LEARNER);
                world.deactivate(id);
                return act(() -> users.activate(id));
            }
            case "UserAdministration.delete": {
                long id = userTarget(w, actor, target, BuiltInRole.LEARNER);
                return act(() -> users.delete(id));
            }
            case "UserAdministration.allowOrganizationReports": {
                long id = userTarget(w, actor, target, BuiltInRole.LEARNER);
                return act(() -> users.allowOrganizationReports(id, true));
            }
            case "UserAdministration.grantableRoles":
                return act(users::grantableRoles);

            case "OrganizationAdministration.tree": {
                long id = world.organization(org(w, target));
                return listed(() -> organizations.tree().stream().anyMatch(n -> n.id() == id));
            }
            case "OrganizationAdministration.get": {
                long id = org(w, target);
                return act(() -> organizations.get(id));
            }
            case "OrganizationAdministration.page": {
                long id = world.organization(org(w, target));
                String name = world.organizationName(id);
                return listed(() -> organizations.page(new OrganizationQuery(name, OrganizationQuery.SortField.PATH, false), 0, 50)
                        .stream().anyMatch(o -> o.id() == id));
            }
            case "OrganizationAdministration.count": {
                String name = world.organizationName(world.organization(org(w, target)));
                return listed(() -> organizations.count(new OrganizationQuery(name, OrganizationQuery.SortField.NAME, false)) == 1);
            }
            case "OrganizationAdministration.update": {
                boolean out = "out".equals(target);
                long id = world.organization(out ? w.home() : org(w, target));
                long version = world.organizationVersion(id);
                String name = out ? null : world.uniqueName("Matrix updated");
                return act(() -> organizations.update(id, version, name, out ? w.other() : null));
            }
            case "OrganizationAdministration.create": {
                String name = world.uniqueName("Matrix created");
                return act(() -> organizations.create(org(w, target), name));
            }
            case "OrganizationAdministration.rename": {
                long id = world.organization(org(w, target));
                String name = world.uniqueName("Matrix renamed");
                return act(() -> organizations.rename(id, name));
            }
            case "OrganizationAdministration.move": {
                boolean out = "out".equals(target);
                long id = world.organization(out ? w.home() : org(w, target));
                return act(() -> organizations.move(id, out ? w.other() : w.home()));
            }
            case "OrganizationAdministration.delete": {
                long id = "home".equals(target) ? w.home() : world.organization(org(w, target));
                return act(() -> organizations.delete(id));
            }

            case "GroupAdministration.page": {
                String name = world.groupName();
                long id = world.group(org(w, target), name);
                return listed(() -> groups.page(name, 0, 50).stream().anyMatch(g -> g.id() == id));
            }
            case "GroupAdministration.count": {
                String name = world.groupName();
                world.group(org(w, target), name);
                return listed(() -> groups.count(name) == 1);
            }
            case "GroupAdministration.get": {
                long id = world.group(org(w, target), world.groupName());
                return act(() -> groups.get(id));
            }
            case "GroupAdministration.update": {
                long id = world.group(org(w, target), world.groupName());
                long version = world.groupVersion(id);
                String name = world.groupName();
                return act(() -> groups.update(id, version, name));
            }
            case "GroupAdministration.create": {
                String name = world.groupName();
                return act(() -> groups.create(org(w, target), name));
            }
            case "GroupAdministration.rename": {
                long id = world.group(org(w, target), world.groupName());
                String name = world.groupName();
                return act(() -> groups.rename(id, name));
            }
            case "GroupAdministration.delete": {
                long id = world.group(org(w, target), world.groupName());
                return act(() -> groups.delete(id));
            }
            case "GroupAdministration.addMember": {
                boolean cross = "cross".equals(target);
                long group = world.group(org(w, target), world.groupName());
                long user = world.user(cross ? w.other() : org(w, target), BuiltInRole.LEARNER);
                return act(() -> groups.addMember(group, user));
            }
            case "GroupAdministration.removeMember": {
                long group = world.group(org(w, target), world.groupName());
                long user = world.user(org(w, target), BuiltInRole.LEARNER);
                world.addMember(group, user);
                return act(() -> groups.removeMember(group, user));
            }
            case "GroupAdministration.candidates": {
                long group = world.group(org(w, target), world.groupName());
                return act(() -> groups.candidates(group, "matrix", 10));
            }
            case "GroupAdministration.groupsOf": {
                long user = world.user(org(w, target), BuiltInRole.LEARNER);
                world.addMember(world.group(org(w, target), world.groupName()), user);
                return act(() -> groups.groupsOf(user));
            }
            case "GroupAdministration.members": {
                long group = world.group(org(w, target), world.groupName());
                return act(() -> groups.members(group, 0, 50));
            }

            case "RoleAdministration.roles":
                return act(roles::roles);
            case "RoleAdministration.get": {
                long id = world.roleId(BuiltInRole.LEARNER);
                return act(() -> roles.get(id));
            }
            case "RoleAdministration.create": {
                String name = world.uniqueName("Matrix made");
                Set<Privilege> privileges = variant == null ? EnumSet.of(Privilege.VIEW_REPORTS) : EnumSet.of(Privilege.valueOf(variant));
                return act(() -> roles.create(name, privileges));
            }
            case "RoleAdministration.cloneRole": {
                long id = world.roleId(BuiltInRole.valueOf(variant));
                String name = world.uniqueName("Matrix clone");
                return act(() -> roles.cloneRole(id, name));
            }
            case "RoleAdministration.update": {
                long id = variant == null ? world.customRole(EnumSet.of(Privilege.VIEW_REPORTS)) : world.roleId(BuiltInRole.valueOf(variant));
                Set<Privilege> wanted = variant == null ? EnumSet.of(Privilege.VIEW_REPORTS, Privilege.VIEW_OWN_HISTORY) : world.privileges(id);
                long version = world.roleVersion(id);
                String name = world.uniqueName("Matrix changed");
                return act(() -> roles.update(id, version, name, wanted));
            }
            case "RoleAdministration.previewChange": {
                boolean membership = "MANAGE_MEMBERSHIP".equals(variant);
                long id = variant == null || membership ? world.customRole(EnumSet.of(Privilege.VIEW_REPORTS))
                        : world.roleId(BuiltInRole.valueOf(variant));
                Set<Privilege> wanted = membership ? EnumSet.of(Privilege.VIEW_REPORTS, Privilege.MANAGE_MEMBERSHIP)
                        : variant == null ? EnumSet.of(Privilege.VIEW_REPORTS, Privilege.VIEW_OWN_HISTORY) : world.privileges(id);
                return act(() -> roles.previewChange(id, wanted));
            }
            case "RoleAdministration.delete": {
                long id = variant == null ? world.customRole(EnumSet.of(Privilege.VIEW_REPORTS)) : world.roleId(BuiltInRole.valueOf(variant));
                return act(() -> roles.delete(id, null));
            }

            case "OwnershipTransfer.transferTo": {
                boolean admin = "admin".equals(target);
                long next = world.user(org(w, target), admin ? BuiltInRole.ADMINISTRATOR : BuiltInRole.LEARNER);
                // The matrix needs its Owner back for the rows that follow.
                return new Prepared(() -> {
                    ownership.transferTo(next);
                    return null;
                }, () -> world.restoreOwnerIfMoved(actor.id(), next));
            }
            case "AccountSettingsService.settings":
                return act(settings::settings);
            case "AccountSettingsService.update": {
                AccountSettings current = world.accountSettings();
                return act(() -> settings.update(current));
            }
            case "AccountSettingsService.changeLogo":
                // Removed in the same call: the account keeps no logo between rows.
                return act(() -> {
                    settings.changeLogo(TINY_PNG.clone());
                    settings.removeLogo();
                });
            case "AccountSettingsService.removeLogo":
                return act(settings::removeLogo);
            case "MembershipService.membership":
                return act(membership::membership);
            case "MembershipService.cancel": {
                String name = world.accountSettings().name();
                // Renewed in the same call: the rows after this one need a working account.
                return act(() -> {
                    membership.cancel(name);
                    membership.renew();
                });
            }
            case "MembershipService.renew":
                return act(membership::renew);
            case "MembershipService.update": {
                long version = world.accountVersion();
                return act(() -> membership.update("Standard", 0, null, version));
            }

            case "CourseAdministration.library": {
                long id = world.course(org(w, target), w.author(), true);
                return listed(() -> courses.library(CourseFilter.all(), 0, 200).stream().anyMatch(c -> c.id() == id));
            }
            case "CourseAdministration.create": {
                String title = world.uniqueName("Matrix course");
                return act(() -> courses.create(org(w, target), title, "About it"));
            }
            case "CourseAdministration.publish": {
                long id = courseTarget(w, actor, target);
                return act(() -> courses.publish(id));
            }
            case "CourseAdministration.archive": {
                long id = courseTarget(w, actor, target);
                return act(() -> courses.archive(id));
            }
            case "CourseAdministration.delete": {
                long id = courseTarget(w, actor, target);
                return act(() -> courses.delete(id));
            }
            case "CourseCatalog.open": {
                long id = learnerCourse(w, actor, target);
                return act(() -> catalog.open(id));
            }
            case "EnrollmentAdministration.assign": {
                long course = world.course(org(w, target), w.author(), true);
                long user = world.user(org(w, target), BuiltInRole.LEARNER);
                return act(() -> enrollments.assign(course, user, true, null));
            }
            case "AssignablePeople.find": {
                long id = world.user(org(w, target), BuiltInRole.LEARNER);
                String email = world.email(id);
                return listed(() -> people.find(email, 50).stream().anyMatch(r -> r.id() == id));
            }
            case "EnrollmentAdministration.unassign": {
                long course = world.course(org(w, target), w.author(), true);
                long user = world.user(org(w, target), BuiltInRole.LEARNER);
                world.enroll(user, course);
                return act(() -> enrollments.unassign(course, user));
            }
            case "CourseAdministration.count": {
                long id = world.course(org(w, target), w.author(), true);
                String title = world.name(org.lms.service.permissions.TargetType.COURSE, id);
                return listed(() -> courses.count(new CourseFilter(title, null, null, true)) == 1);
            }
            case "CourseAdministration.course": {
                long id = courseTarget(w, actor, target);
                return act(() -> courses.course(id));
            }
            case "CourseAdministration.lessonFile": {
                long id = courseTarget(w, actor, target);
                long lesson = world.fileLesson(id);
                return act(() -> courses.lessonFile(id, lesson));
            }
            case "CourseAdministration.sendLessonFile": {
                long id = courseTarget(w, actor, target);
                long lesson = world.fileLesson(id);
                return act(() -> courses.sendLessonFile(id, lesson, wholeFile()));
            }
            case "CourseAdministration.attachFile": {
                long id = courseTarget(w, actor, target);
                long lesson = world.fileLesson(id);
                return act(() -> courses.attachFile(id, lesson, "replaced.pdf", new ByteArrayInputStream(MatrixWorld.PDF)));
            }
            case "CourseAdministration.describe": {
                long id = courseTarget(w, actor, target);
                long version = world.courseVersion(id);
                return act(() -> courses.describe(id, "Matrix renamed", "Changed", version));
            }
            case "CourseAdministration.addLesson": {
                long id = courseTarget(w, actor, target);
                return act(() -> courses.addLesson(id, new LessonDraft(LessonKind.TEXT, "Added", "<p>Added</p>", null)));
            }
            case "CourseAdministration.changeLesson": {
                long id = courseTarget(w, actor, target);
                long lesson = world.lesson(id);
                long version = world.lessonVersion(lesson);
                return act(() -> courses.changeLesson(id, lesson, new LessonDraft(LessonKind.LINK, "Changed", null,
                        "https://example.com/read"), version));
            }
            case "CourseAdministration.moveLesson": {
                long id = courseTarget(w, actor, target);
                world.lesson(id);
                long lesson = world.lesson(id);
                return act(() -> courses.moveLesson(id, lesson, -1));
            }
            case "CourseAdministration.removeLesson": {
                long id = courseTarget(w, actor, target);
                long lesson = world.lesson(id);
                return act(() -> courses.removeLesson(id, lesson));
            }
            case "EnrollmentAdministration.assignToGroup": {
                long course = world.course(org(w, target), w.author(), true);
                long group = world.group(org(w, target), world.groupName());
                return act(() -> enrollments.assignToGroup(course, group, false, null));
            }
            case "EnrollmentAdministration.assignToOrganization": {
                long course = world.course(org(w, target), w.author(), true);
                return act(() -> enrollments.assignToOrganization(course, org(w, target), false, null));
            }
            case "EnrollmentAdministration.assignments": {
                long course = world.course(org(w, target), w.author(), true);
                return act(() -> enrollments.assignments(course));
            }
            case "EnrollmentAdministration.removeAssignment": {
                long course = world.course(org(w, target), w.author(), true);
                long rule = world.organizationRule(course, org(w, target));
                return act(() -> enrollments.removeAssignment(course, rule));
            }
            case "EnrollmentAdministration.enrollments": {
                long course = world.course(org(w, target), w.author(), true);
                return act(() -> enrollments.enrollments(course, EnrollmentFilter.all(), 0, 20));
            }
            case "EnrollmentAdministration.countEnrollments": {
                long course = world.course(org(w, target), w.author(), true);
                return act(() -> enrollments.countEnrollments(course, EnrollmentFilter.all()));
            }
            case "MyLearning.courses": {
                long id = learnerCourse(w, actor, target);
                return listed(() -> learning.courses().stream().anyMatch(c -> c.courseId() == id));
            }
            case "MyLearning.player": {
                long id = learnerCourse(w, actor, target);
                return act(() -> learning.player(id));
            }
            case "MyLearning.lesson": {
                long id = learnerCourse(w, actor, target);
                long lesson = world.lesson(id);
                return act(() -> learning.lesson(id, lesson));
            }
            case "MyLearning.lessonFile": {
                long id = learnerCourse(w, actor, target);
                long lesson = world.fileLesson(id);
                return act(() -> learning.lessonFile(id, lesson));
            }
            case "MyLearning.sendLessonFile": {
                long id = learnerCourse(w, actor, target);
                long lesson = world.fileLesson(id);
                return act(() -> learning.sendLessonFile(id, lesson, wholeFile()));
            }
            case "MyLearning.complete": {
                long id = learnerCourse(w, actor, target);
                long lesson = world.lesson(id);
                return act(() -> learning.complete(id, lesson));
            }
            case "QuizAdministration.quiz": {
                long id = courseTarget(w, actor, target);
                long lesson = world.quiz(id);
                return act(() -> quizzes.quiz(id, lesson));
            }
            case "QuizAdministration.configure": {
                long id = courseTarget(w, actor, target);
                long lesson = world.quiz(id);
                return act(() -> quizzes.configure(id, lesson, new QuizSettings(70, 3, 20), 0));
            }
            case "QuizAdministration.addQuestion": {
                long id = courseTarget(w, actor, target);
                long lesson = world.quiz(id);
                return act(() -> quizzes.addQuestion(id, lesson, MATRIX_QUESTION));
            }
            case "QuizAdministration.changeQuestion": {
                long id = courseTarget(w, actor, target);
                long lesson = world.quiz(id);
                long question = world.question(lesson);
                long version = world.questionVersion(question);
                return act(() -> quizzes.changeQuestion(id, lesson, question, MATRIX_QUESTION, version));
            }
            case "QuizAdministration.removeQuestion": {
                long id = courseTarget(w, actor, target);
                long lesson = world.quiz(id);
                long question = world.question(lesson);
                return act(() -> quizzes.removeQuestion(id, lesson, question));
            }
            case "QuizAdministration.moveQuestion": {
                long id = courseTarget(w, actor, target);
                long lesson = world.quiz(id);
                long question = world.question(lesson);
                return act(() -> quizzes.moveQuestion(id, lesson, question, -1));
            }
            case "QuizTaking.quiz": {
                long id = learnerCourse(w, actor, target);
                long lesson = world.quiz(id);
                return act(() -> quizTaking.quiz(id, lesson));
            }
            case "QuizTaking.start": {
                long id = learnerCourse(w, actor, target);
                long lesson = world.quiz(id);
                return act(() -> quizTaking.start(id, lesson));
            }
            case "QuizTaking.submit": {
                long id = learnerCourse(w, actor, target);
                long lesson = world.quiz(id);
                // The actor's own attempt where the course is theirs; otherwise another learner's.
                long attempt = target.startsWith("assigned") ? world.attempt(actor.id(), id, lesson)
                        : world.attempt(world.user(org(w, target), BuiltInRole.LEARNER), id, lesson);
                return act(() -> quizTaking.submit(id, lesson, attempt, java.util.Map.of()));
            }
            case "QuizTaking.keepAnswers": {
                long id = learnerCourse(w, actor, target);
                long lesson = world.quiz(id);
                long attempt = target.startsWith("assigned") ? world.attempt(actor.id(), id, lesson)
                        : world.attempt(world.user(org(w, target), BuiltInRole.LEARNER), id, lesson);
                return act(() -> quizTaking.keepAnswers(id, lesson, attempt, java.util.Map.of()));
            }
            case "CourseDiscussion.board": {
                long id = discussedCourse(w, actor, target);
                return act(() -> discussion.board(id, 0, 20));
            }
            case "CourseDiscussion.thread": {
                long id = discussedCourse(w, actor, target);
                long thread = world.thread(id, w.author());
                return act(() -> discussion.thread(id, thread, 0, 20));
            }
            case "CourseDiscussion.startThread": {
                long id = discussedCourse(w, actor, target);
                return act(() -> discussion.startThread(id, "Matrix question", "Matrix body"));
            }
            case "CourseDiscussion.reply": {
                long id = discussedCourse(w, actor, target);
                long thread = world.thread(id, w.author());
                return act(() -> discussion.reply(id, thread, "Matrix answer"));
            }
            case "CourseDiscussion.remove": {
                long id = discussedCourse(w, actor, target);
                long thread = world.thread(id, w.author());
                // The actor's own reply, or one of someone else (the world's author, no participant).
                long post = world.reply(thread, "mine".equals(variant) ? actor.id() : w.author());
                return act(() -> discussion.remove(id, post));
            }
            case "AssignmentAdministration.assignment": {
                long id = courseTarget(w, actor, target);
                long lesson = world.assignment(id);
                return act(() -> assignments.assignment(id, lesson));
            }
            case "AssignmentAdministration.configure": {
                long id = courseTarget(w, actor, target);
                long lesson = world.assignment(id);
                return act(() -> assignments.configure(id, lesson, 70, 0));
            }
            case "MyAssignments.assignment": {
                long id = learnerCourse(w, actor, target);
                long lesson = world.assignment(id);
                return act(() -> myAssignments.assignment(id, lesson));
            }
            case "MyAssignments.submit": {
                long id = learnerCourse(w, actor, target);
                long lesson = world.assignment(id);
                return act(() -> myAssignments.submit(id, lesson, "Matrix work", null, null));
            }
            case "MyAssignments.replace": {
                long id = learnerCourse(w, actor, target);
                long lesson = world.assignment(id);
                // The actor's own submission where the course is theirs; otherwise another learner's.
                long submission = world.submission(target.startsWith("assigned") ? actor.id()
                        : world.user(org(w, target), BuiltInRole.LEARNER), id, lesson, false);
                long version = world.submissionVersion(submission);
                return act(() -> myAssignments.replace(id, lesson, submission, version, "Replaced work", null, null));
            }
            case "MyAssignments.sendFile": {
                long id = learnerCourse(w, actor, target);
                long lesson = world.assignment(id);
                // The actor's own file where the course is theirs, unless the row asks for another learner's
                // there ("others"); otherwise another learner's in a course not assigned to the actor.
                long learner = target.startsWith("assigned") && !"others".equals(variant) ? actor.id()
                        : world.user(target.startsWith("assigned") ? w.other() : org(w, target), BuiltInRole.LEARNER);
                long submission = world.submission(learner, id, lesson, true);
                return act(() -> myAssignments.sendFile(id, lesson, submission, wholeFile()));
            }
            case "SubmissionGrading.queue": {
                long course = courseTarget(w, actor, target);
                long submission = submissionIn(w, course, target);
                return listed(() -> grading.queue(new SubmissionFilter(null, course, SubmissionSort.SUBMITTED_AT, false), 0, 50)
                        .stream().anyMatch(s -> s.id() == submission));
            }
            case "SubmissionGrading.count": {
                long course = courseTarget(w, actor, target);
                submissionIn(w, course, target);
                return listed(() -> grading.count(new SubmissionFilter(null, course, null, false)) == 1);
            }
            case "SubmissionGrading.submission": {
                long submission = submissionIn(w, courseTarget(w, actor, target), target);
                return act(() -> grading.submission(submission));
            }
            case "SubmissionGrading.sendFile": {
                long course = courseTarget(w, actor, target);
                long lesson = world.assignment(course);
                long submission = world.submission(world.user(org(w, target), BuiltInRole.LEARNER), course, lesson, true);
                return act(() -> grading.sendFile(submission, wholeFile()));
            }
            case "SubmissionGrading.grade": {
                long submission = submissionIn(w, courseTarget(w, actor, target), target);
                return act(() -> grading.grade(submission, 80, "Matrix feedback"));
            }
            case "ReportService.myHistory":
                return act(reports::myHistory);
            case "ReportService.organizationSummary": {
                boolean permitted = "permitted".equals(variant);
                if (permitted) {
                    world.reportAccess(true, actor.id(), true);
                }
                return new Prepared(() -> reports.organizationSummary(org(w, target)),
                        () -> world.reportAccess(false, actor.id(), false));
            }
            case "ReportService.organizationChildren":
            case "ReportService.countOrganizationChildren": {
                long organization = org(w, target);
                world.organization(organization);
                boolean count = row.method().endsWith("countOrganizationChildren");
                return report(actor, variant, () -> count ? reports.countOrganizationChildren(organization)
                        : reports.organizationChildren(organization, 0, 20));
            }
            case "CourseProgressReport.page":
            case "CourseProgressReport.count": {
                long course = reportedCourse(w, actor, target);
                world.enroll(world.user(org(w, target), BuiltInRole.LEARNER), course);
                ReportFilter filter = ReportFilter.ofCourse(course);
                return report(actor, variant, row.method().endsWith("count") ? () -> courseProgress.count(filter) == 1
                        : () -> courseProgress.page(filter, CourseProgressSort.TITLE, false, 0, 20).stream()
                                .anyMatch(r -> r.courseId() == course && r.enrolled() == 1));
            }
            case "UserProgressReport.page":
            case "UserProgressReport.count": {
                long course = reportedCourse(w, actor, target);
                long learner = world.user(org(w, target), BuiltInRole.LEARNER);
                world.enroll(learner, course);
                ReportFilter filter = ReportFilter.ofCourse(course);
                return report(actor, variant, row.method().endsWith("count") ? () -> userProgress.count(filter) == 1
                        : () -> userProgress.page(filter, UserProgressSort.NAME, false, 0, 20).stream()
                                .anyMatch(r -> r.userId() == learner));
            }
            case "GroupProgressReport.page": {
                long group = world.group(org(w, target), world.groupName());
                world.addMember(group, world.user(org(w, target), BuiltInRole.LEARNER));
                return report(actor, variant, () -> groupRows().anyMatch(r -> r.groupId() == group && r.members() == 1));
            }
            case "GroupProgressReport.count": {
                // Counted: the count grows by one when the cell's group is made.
                Prepared access = report(actor, variant, () -> null);
                long before = groupCountOrNone();
                long group = world.group(org(w, target), world.groupName());
                world.addMember(group, world.user(org(w, target), BuiltInRole.LEARNER));
                return new Prepared(() -> groupProgress.count(null) == before + 1, access.cleanup());
            }
            case "OverdueReport.page":
            case "OverdueReport.count": {
                long course = reportedCourse(w, actor, target);
                long learner = world.user(org(w, target), BuiltInRole.LEARNER);
                world.enrollOverdue(learner, course);
                ReportFilter filter = ReportFilter.ofCourse(course);
                return report(actor, variant, row.method().endsWith("count") ? () -> overdueReport.count(filter) == 1
                        : () -> overdueReport.page(filter, OverdueSort.DUE_ON, false, 0, 20).stream()
                                .anyMatch(r -> r.userId() == learner));
            }
            case "CourseProgressReport.export": {
                long course = reportedCourse(w, actor, target);
                world.enroll(world.user(org(w, target), BuiltInRole.LEARNER), course);
                ReportFilter filter = ReportFilter.ofCourse(course);
                return report(actor, variant, () -> MatrixOperations.<CourseProgressRow>exported(sink -> courseProgress.export(filter, CourseProgressSort.TITLE, false, sink))
                        .stream().anyMatch(r -> r.courseId() == course && r.enrolled() == 1));
            }
            case "UserProgressReport.export": {
                long course = reportedCourse(w, actor, target);
                long learner = world.user(org(w, target), BuiltInRole.LEARNER);
                world.enroll(learner, course);
                ReportFilter filter = ReportFilter.ofCourse(course);
                return report(actor, variant, () -> MatrixOperations.<UserProgressRow>exported(sink -> userProgress.export(filter, UserProgressSort.NAME, false, sink))
                        .stream().anyMatch(r -> r.userId() == learner));
            }
            case "OverdueReport.export": {
                long course = reportedCourse(w, actor, target);
                long learner = world.user(org(w, target), BuiltInRole.LEARNER);
                world.enrollOverdue(learner, course);
                ReportFilter filter = ReportFilter.ofCourse(course);
                return report(actor, variant, () -> MatrixOperations.<OverdueRow>exported(sink -> overdueReport.export(filter, OverdueSort.DUE_ON, false, sink))
                        .stream().anyMatch(r -> r.userId() == learner));
            }
            case "EnrollmentDetailReport.page":
            case "EnrollmentDetailReport.count":
            case "EnrollmentDetailReport.export": {
                long course = reportedCourse(w, actor, target);
                long learner = world.user(org(w, target), BuiltInRole.LEARNER);
                world.enroll(learner, course);
                ReportFilter filter = ReportFilter.ofCourse(course);
                if (row.method().endsWith("count")) {
                    return report(actor, variant, () -> enrollmentDetail.count(filter) == 1);
                }
                Callable<List<EnrollmentDetailRow>> rows = row.method().endsWith("export")
                        ? () -> MatrixOperations.<EnrollmentDetailRow>exported(sink -> enrollmentDetail.export(filter,
                                EnrollmentDetailSort.LEARNER, false, sink))
                        : () -> enrollmentDetail.page(filter, EnrollmentDetailSort.LEARNER, false, 0, 20);
                return report(actor, variant, () -> rows.call().stream().anyMatch(r -> r.userId() == learner && r.courseId() == course));
            }
            case "ReportService.organizationReportsPermitted":
                return report(actor, variant, reports::organizationReportsPermitted);
            case "ReportService.learningReportsPermitted":
                return report(actor, variant, reports::learningReportsPermitted);
            case "ReportCourses.page": {
                long course = world.course(org(w, target), w.author(), true);
                world.enroll(world.user(org(w, target), BuiltInRole.LEARNER), course);
                String title = world.courseTitle(course);
                return report(actor, variant, () -> reportCourses.page(title, 0, 200).stream().anyMatch(c -> c.courseId() == course));
            }
            case "ProgressOverTimeReport.months": {
                long course = world.course(org(w, target), w.author(), true);
                world.enrollCompleted(world.user(org(w, target), BuiltInRole.LEARNER), course);
                ReportFilter filter = ReportFilter.ofCourse(course);
                java.time.YearMonth now = java.time.YearMonth.now(java.time.ZoneOffset.UTC);
                return report(actor, variant, () -> progressOverTime.months(filter, now, now, java.time.ZoneOffset.UTC).get(0)
                        .completed() == 1);
            }
            case "ReportExport.requirePermission":
                return act(export::requirePermission);
            case "MySettings.changePassword":
                return act(() -> mySettings.changePassword(actor.password(), actor.password()));
            case "MySettings.changeEmail": {
                String email = world.email(actor.id());
                return act(() -> mySettings.changeEmail(actor.password(), email));
            }
            case "MySettings.changeLanguageAndTimeZone":
                return act(() -> mySettings.changeLanguageAndTimeZone(null, null));
            case "MySettings.update":
                return act(() -> mySettings.update(new MyChanges(null, null, null, null, null)));
            case "MySettings.profile":
                return act(mySettings::profile);

            case "ProfileFieldAdministration.matrix":
                return act(profileFields::matrix);
            case "ProfileFieldAdministration.define": {
                String key = world.customFieldKey();
                return new Prepared(() -> profileFields.define(key, "Matrix defined", CustomFieldType.CHOICE, List.of("A", "B")),
                        () -> world.removeCustomField(key));
            }
            case "ProfileFieldAdministration.change": {
                long id = world.customField();
                long version = world.customFieldVersion(id);
                return act(() -> profileFields.change(id, version, "Matrix renamed", List.of()));
            }
            case "ProfileFieldAdministration.move": {
                long id = world.customField();
                return act(() -> profileFields.move(id, -1));
            }
            case "ProfileFieldAdministration.delete": {
                long id = world.customField();
                return act(() -> profileFields.delete(id));
            }
            case "ProfileFieldAdministration.setRules": {
                // A custom role of its own, so the rule changes nobody else's view; the Owner's role at its default.
                long role = variant == null ? world.customRole(EnumSet.of(Privilege.VIEW_REPORTS)) : world.roleId(BuiltInRole.valueOf(variant));
                FieldAccess access = variant == null ? FieldAccess.HIDDEN : FieldAccess.EDITABLE;
                return act(() -> profileFields.setRules(List.of(new RuleChange("PHONE", role, access))));
            }
            case "PermissionExplainer.explain": {
                long id = world.user(org(w, target), BuiltInRole.LEARNER);
                return act(() -> explainer.explain(id, Privilege.VIEW_REPORTS, null, null));
            }
            case "PermissionExplainer.candidates": {
                TargetType type = TargetType.valueOf(variant);
                long id = pickable(w, type, target);
                String name = world.name(type, id);
                return listed(() -> explainer.candidates(type, name, PermissionExplainer.MAX_CANDIDATES).stream()
                        .anyMatch(t -> t.id() == id && t.type() == type));
            }
            case "PermissionExplainer.target": {
                TargetType type = TargetType.valueOf(variant);
                long id = pickable(w, type, target);
                return act(() -> explainer.target(type, id));
            }
            case "AuditTrail.page": {
                AuditQuery query = new AuditQuery(null, world.auditEvent(org(w, target)), null, null, null, null);
                return listed(() -> !auditTrail.page(query, 0, 10).isEmpty());
            }
            case "AuditTrail.count": {
                AuditQuery query = new AuditQuery(null, world.auditEvent(org(w, target)), null, null, null, null);
                return listed(() -> auditTrail.count(query) == 1);
            }
            case "UserImport.dryRun": {
                byte[] file = importFile(world.organizationName(org(w, target)));
                return act(() -> imports.dryRun(file, false));
            }
            case "UserImport.start": {
                byte[] file = importFile(world.organizationName(org(w, target)));
                // Waits for the background import, so it cannot change the database under a later cell.
                return act(() -> awaitImport(imports.start(file, false, 0)));
            }
            case "UserImport.run": {
                List<ImportLine> lines = List.of(new ImportLine(2, world.uniqueName("run").replace(' ', '-') + "@matrix.example",
                        "Run Person", world.organizationName(w.home()), "LEARNER", null));
                return act(() -> imports.run("matrix-" + world.uniqueName("job"), lines, false).get());
            }
            case "UserImport.progress":
                return act(() -> imports.progress("no-such-job"));
            case "UserImport.discard":
                return act(() -> imports.discard("no-such-job"));
            case "MyProfileService.me":
                return act(profiles::me);
            case "MyProfileService.accountDefaults":
                return act(profiles::accountDefaults);
            case "MyProfileService.shell":
                return act(profiles::shell);
            default:
                throw new IllegalArgumentException("no way to run " + row + ": add it to MatrixOperations");
        }
    }

    /**
     * A bulk action on one person: a person it left alone reads as the single-person operation
     * would have answered (not found, refused), so the bulk rows mean what the single rows mean.
     */
    private static Prepared bulk(Callable<BulkOutcome> call) {
        return new Prepared(() -> {
            BulkOutcome outcome = call.call();
            for (BulkOutcome.Skipped skipped : outcome.skipped()) {
                switch (skipped.why()) {
                    case NOT_FOUND -> throw new NotFound(TargetType.USER, skipped.userId());
                    case REFUSED -> throw skipped.reason().refusal();
                    case INVALID -> throw InvalidInput.field("user", skipped.reason());
                }
            }
            return null;
        }, () -> { });
    }

    private Object awaitImport(String job) throws InterruptedException {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
        while (!imports.progress(job).finished() && System.nanoTime() < deadline) {
            Thread.sleep(50);  // the import runs in the background; its progress is the only signal
        }
        return null;
    }

    private byte[] importFile(String organizationName) {
        String email = world.uniqueName("imported").replace(' ', '-') + "@matrix.example";
        return ("email,name,organization,role\n" + email + ",Imported Person," + organizationName + ",LEARNER\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * A report as the actor: the {@code permitted} variant turns on the account setting and the
     * actor's own switch for organization reports, and turns them off again afterwards.
     */
    /** What a report's export hands out, every chunk of it collected. */
    private static <R> List<R> exported(java.util.function.Consumer<java.util.function.Consumer<List<R>>> export) {
        List<R> rows = new java.util.ArrayList<>();
        export.accept(rows::addAll);
        return rows;
    }

    private Prepared report(Actor actor, String variant, Callable<Object> call) {
        if ("permitted".equals(variant)) {
            world.reportAccess(true, actor.id(), true);
        }
        return new Prepared(call, () -> world.reportAccess(false, actor.id(), false));
    }

    /**
     * The course of a report cell: for {@code own} one the actor created in their organization,
     * otherwise one of the matrix's author (someone else) in the target organization.
     */
    private long reportedCourse(MatrixWorld.World w, Actor actor, String target) {
        return "own".equals(target) ? world.course(w.home(), actor.id(), true) : world.course(org(w, target), w.author(), true);
    }

    /**
     * The group report's rows, page after page, up to {@code limit} groups: the matrix makes groups
     * in every run, so the one of a cell may lie on any page of the name order.
     */
    private java.util.stream.Stream<GroupProgressRow> groupRows() {
        List<GroupProgressRow> rows = new java.util.ArrayList<>();
        for (int first = 0;; first += 200) {
            List<GroupProgressRow> page = groupProgress.page(null, first, 200);
            rows.addAll(page);
            if (page.size() < 200) {
                break;
            }
        }
        return rows.stream();
    }

    /** The group report's count before the cell, or -1 when the actor may not read it (the call then refuses too). */
    private long groupCountOrNone() {
        try {
            return groupProgress.count(null);
        } catch (RuntimeException refused) {
            return -1;
        }
    }

    /** A list or count: the call answers whether the target object is in the result. */
    private static Prepared listed(Callable<Boolean> call) {
        return new Prepared(call::call, () -> { });
    }

    /** Any other call: its answer does not matter, only whether it was allowed. */
    private static Prepared act(Callable<?> call) {
        return new Prepared(() -> {
            call.call();
            return null;
        }, () -> { });
    }

    private static Prepared act(Runnable call) {
        return new Prepared(() -> {
            call.run();
            return null;
        }, () -> { });
    }

    /** The organization a target stands for: the actor's own, one below it, or another branch. */
    private static long org(MatrixWorld.World w, String target) {
        return switch (target) {
            case "same", "own", "learning", "cross", "admin", "self", "home", "none" -> w.home();
            case "sub" -> w.homeSub();
            case "other" -> w.other();
            default -> throw new IllegalArgumentException("unknown target " + target);
        };
    }

    private long userTarget(MatrixWorld.World w, Actor actor, String target, BuiltInRole role) {
        return switch (target) {
            case "self" -> actor.id();
            case "owner" -> w.actors().get(BuiltInRole.ACCOUNT_OWNER);
            case "admin" -> world.user(w.home(), BuiltInRole.ADMINISTRATOR);
            case "learning" -> {
                long user = world.user(w.home(), BuiltInRole.LEARNER);
                world.enrollStarted(user, world.course(w.home(), w.author(), true));
                yield user;
            }
            default -> world.user(org(w, target), role);
        };
    }

    /** A fresh person, organization, group or course in the organization the target stands for. */
    private long pickable(MatrixWorld.World w, TargetType type, String target) {
        long organization = org(w, target);
        return switch (type) {
            case USER -> world.user(organization, BuiltInRole.LEARNER);
            case ORGANIZATION -> world.organization(organization);
            case GROUP -> world.group(organization, world.groupName());
            case COURSE -> world.course(organization, w.author(), false);
            default -> throw new IllegalArgumentException("not pickable: " + type);
        };
    }

    /**
     * A course as a learner meets it: of another branch and assigned to the actor (published, or a
     * draft for "assigned-draft"), or published in the target organization and not assigned.
     */
    private long learnerCourse(MatrixWorld.World w, Actor actor, String target) {
        if (target.startsWith("assigned")) {
            long id = world.course(w.other(), w.author(), "assigned".equals(target));
            world.enroll(actor.id(), id);
            return id;
        }
        return world.course(org(w, target), w.author(), true);
    }

    /** A course whose discussion a row acts on: as for the learner's side, or a draft the actor created ("own"). */
    private long discussedCourse(MatrixWorld.World w, Actor actor, String target) {
        return "own".equals(target) ? world.course(w.home(), actor.id(), false) : learnerCourse(w, actor, target);
    }

    private long courseTarget(MatrixWorld.World w, Actor actor, String target) {
        return switch (target) {
            case "own" -> world.course(w.home(), actor.id(), false);
            case "learning" -> {
                long course = world.course(w.home(), w.author(), true);
                world.enroll(world.user(w.home(), BuiltInRole.LEARNER), course);
                yield course;
            }
            default -> world.course(org(w, target), w.author(), false);
        };
    }

    /** A submission waiting for its grade, of a learner of the target's organization, to a new assignment of the course. */
    private long submissionIn(MatrixWorld.World w, long course, String target) {
        long lesson = world.assignment(course);
        return world.submission(world.user(org(w, target), BuiltInRole.LEARNER), course, lesson, false);
    }

    /** A sink that takes the whole file and checks it is the one the matrix stored. */
    private static FileSink wholeFile() {
        return file -> {
            if (file.size() != MatrixWorld.PDF.length || !"application/pdf".equals(file.contentType())) {
                throw new AssertionError("not the matrix's file: " + file);
            }
            return new FileSink.Slice(0, file.size(), new ByteArrayOutputStream());
        };
    }
}
