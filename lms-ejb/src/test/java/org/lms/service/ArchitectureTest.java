package org.lms.service;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateful;
import jakarta.ejb.Stateless;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.lms.service.permissions.InScope;
import org.lms.service.permissions.ScopeChecked;
import org.lms.service.permissions.TargetType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rules of DESIGN.md that code can check: every public EJB method says who may call it, every
 * id of an organization-owned object a service is given is checked against the caller's scope,
 * and the business layer knows nothing of the web layer.
 */
class ArchitectureTest {

    private static final List<Class<? extends Annotation>> SESSION_BEANS =
            List.of(Stateless.class, Singleton.class, Stateful.class);
    private static final List<Class<? extends Annotation>> SECURITY =
            List.of(RolesAllowed.class, PermitAll.class, DenyAll.class);

    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.lms.service");
    }

    static final DescribedPredicate<JavaClass> SESSION_BEAN =
            DescribedPredicate.describe("session beans (@Stateless, @Singleton or @Stateful)",
                    type -> SESSION_BEANS.stream().anyMatch(type::isAnnotatedWith));

    static final ArchCondition<JavaMethod> SAY_WHO_MAY_CALL_THEM =
            new ArchCondition<>("be covered by @RolesAllowed, @PermitAll or @DenyAll on the method or its class") {
                @Override
                public void check(JavaMethod method, ConditionEvents events) {
                    boolean covered = SECURITY.stream().anyMatch(
                            annotation -> method.isAnnotatedWith(annotation) || method.getOwner().isAnnotatedWith(annotation));
                    if (!covered) {
                        events.add(SimpleConditionEvent.violated(method,
                                method.getFullName() + " names no caller (" + method.getSourceCodeLocation() + ")"));
                    }
                }
            };

    static final ArchRule EVERY_PUBLIC_EJB_METHOD_IS_SECURED = methods()
            .that().areDeclaredInClassesThat().resideInAPackage("org.lms.service..")
            .and().areDeclaredInClassesThat(SESSION_BEAN)
            .and().arePublic()
            .should(SAY_WHO_MAY_CALL_THEM)
            .because("DESIGN.md: @RolesAllowed on every public EJB method; @PermitAll only on purpose");

    /** Parameter names that carry the id of an object owned by an organization. */
    private static final Pattern ORGANIZATION_OWNED_ID =
            Pattern.compile("(user|organization|group|course|parent|newParent|administrator)Id");

    /** Methods that take such an id and check the scope themselves, for a reason their comment gives. */
    private static final Set<String> CHECK_SCOPE_THEMSELVES = Set.of(
            "org.lms.service.content.CourseCatalog.open(long)", // assigned content may lie outside the scope
            // The caller's own enrollments: a course assigned to them may lie outside their scope, and
            // one not assigned to them is "not found" whatever their scope.
            "org.lms.service.learning.MyLearning.player(long)", "org.lms.service.learning.MyLearning.lesson(long,long)",
            "org.lms.service.learning.MyLearning.complete(long,long)",
            "org.lms.service.learning.MyLearning.lessonFile(long,long)",
            "org.lms.service.learning.MyLearning.sendLessonFile(long,long,org.lms.service.content.FileSink)",
            "org.lms.service.learning.QuizTaking.quiz(long,long)", "org.lms.service.learning.QuizTaking.start(long,long)",
            "org.lms.service.learning.QuizTaking.submit(long,long,long,java.util.Map)",
            "org.lms.service.learning.QuizTaking.keepAnswers(long,long,long,java.util.Map)",
            // A course's discussion: learners reach it through their enrollment (outside their scope
            // too), its editors through scope and the right to change it; anyone else gets "not found".
            "org.lms.service.discussion.CourseDiscussion.board(long,int,int)",
            "org.lms.service.discussion.CourseDiscussion.thread(long,long,int,int)",
            "org.lms.service.discussion.CourseDiscussion.startThread(long,java.lang.String,java.lang.String)",
            "org.lms.service.discussion.CourseDiscussion.reply(long,long,java.lang.String)",
            "org.lms.service.discussion.CourseDiscussion.remove(long,long)",
            "org.lms.service.learning.MyAssignments.assignment(long,long)",
            "org.lms.service.learning.MyAssignments.submit(long,long,java.lang.String,java.lang.String,java.io.InputStream)",
            "org.lms.service.learning.MyAssignments.replace(long,long,long,long,java.lang.String,java.lang.String,java.io.InputStream)",
            "org.lms.service.learning.MyAssignments.sendFile(long,long,long,org.lms.service.content.FileSink)",
            // Reports check "if permitted" first, so a learner without the switch is refused, not "not found".
            "org.lms.service.reports.ReportService.organizationSummary(long)",
            "org.lms.service.reports.ReportService.organizationChildren(long,int,int)",
            "org.lms.service.reports.ReportService.countOrganizationChildren(long)");

    static final ArchCondition<JavaMethod> CHECK_THE_SCOPE_OF_THEIR_IDS =
            new ArchCondition<>("mark ids of organization-owned objects @InScope, in a @ScopeChecked class") {
                @Override
                public void check(JavaMethod method, ConditionEvents events) {
                    Method reflected = method.reflect();
                    String name = method.getOwner().getName() + "." + method.getName() + "("
                            + Arrays.stream(reflected.getParameterTypes()).map(Class::getName).collect(Collectors.joining(",")) + ")";
                    boolean scopeChecked = method.getOwner().isAnnotatedWith(ScopeChecked.class);
                    for (Parameter parameter : reflected.getParameters()) {
                        boolean inScope = parameter.isAnnotationPresent(InScope.class);
                        if (inScope && !scopeChecked) {
                            events.add(SimpleConditionEvent.violated(method, name + " marks " + parameter.getName()
                                    + " @InScope but its class is not @ScopeChecked, so nothing checks it"));
                        }
                        if (!inScope && ORGANIZATION_OWNED_ID.matcher(parameter.getName()).matches()
                                && !CHECK_SCOPE_THEMSELVES.contains(name)) {
                            events.add(SimpleConditionEvent.violated(method, name + " takes " + parameter.getName()
                                    + " without @InScope"));
                        }
                    }
                }
            };

    static final ArchRule SERVICES_CHECK_THE_SCOPE_OF_WHAT_THEY_TOUCH = methods()
            .that().areDeclaredInClassesThat().resideInAPackage("org.lms.service..")
            .and().areDeclaredInClassesThat(SESSION_BEAN)
            .and().arePublic()
            .should(CHECK_THE_SCOPE_OF_THEIR_IDS)
            .because("DESIGN.md: the organization scope is checked before the method runs");

    static final ArchRule SERVICES_DO_NOT_KNOW_THE_WEB = noClasses()
            .that().resideInAPackage("org.lms.service..")
            .should().dependOnClassesThat().resideInAPackage("org.lms.web..")
            .because("lms-web depends on lms-ejb, never the other way round");

    static final ArchRule SERVICES_DO_NOT_USE_FACES = noClasses()
            .that().resideInAPackage("org.lms.service..")
            .should().dependOnClassesThat().resideInAPackage("jakarta.faces..")
            .because("views are lms-web's business");

    @Test
    void importsTheServices() {
        assertTrue(production.contain("org.lms.service.users.UserDirectory"));
        assertFalse(production.contain(ArchitectureTest.class), "tests are not imported");
    }

    @Test
    void everyPublicMethodOfASessionBeanSaysWhoMayCallIt() {
        EVERY_PUBLIC_EJB_METHOD_IS_SECURED.check(production);
    }

    @Test
    void servicesCheckTheScopeOfEveryOrganizationOwnedObjectTheyAreGiven() {
        SERVICES_CHECK_THE_SCOPE_OF_WHAT_THEY_TOUCH.check(production);
    }

    @Test
    void theScopeRuleCatchesAMissingCheck() {
        EvaluationResult result = SERVICES_CHECK_THE_SCOPE_OF_WHAT_THEY_TOUCH.evaluate(
                new ClassFileImporter().importClasses(Fixtures.UncheckedScope.class, Fixtures.CheckedScope.class,
                        Fixtures.AnnotatedButNotIntercepted.class));
        List<String> violations = result.getFailureReport().getDetails();
        assertEquals(2, violations.size(), violations.toString());
        assertTrue(violations.stream().anyMatch(v -> v.contains("UncheckedScope.rename") && v.contains("groupId")), violations.toString());
        assertTrue(violations.stream().anyMatch(v -> v.contains("AnnotatedButNotIntercepted")), violations.toString());
    }

    @Test
    void servicesDoNotDependOnTheWebLayer() {
        SERVICES_DO_NOT_KNOW_THE_WEB.check(production);
    }

    @Test
    void servicesDoNotUseFaces() {
        SERVICES_DO_NOT_USE_FACES.check(production);
    }

    // The rule itself can fail: a bean with an unguarded method is caught, guarded ones are not.

    @Test
    void theSecurityRuleCatchesAnUnguardedMethod() {
        JavaClasses fixtures = new ClassFileImporter().importClasses(
                Fixtures.Unguarded.class, Fixtures.GuardedByClass.class, Fixtures.GuardedByMethod.class,
                Fixtures.NotABean.class);

        EvaluationResult result = EVERY_PUBLIC_EJB_METHOD_IS_SECURED.evaluate(fixtures);

        assertTrue(result.hasViolation());
        List<String> violations = result.getFailureReport().getDetails();
        assertEquals(1, violations.size(), violations.toString());
        assertTrue(violations.get(0).contains("Unguarded.open()"), violations.get(0));
    }

    static final class Fixtures {

        @Singleton
        static class Unguarded {
            @RolesAllowed("MANAGE_USERS")
            public void guarded() {
            }

            public void open() {
            }

            void packagePrivateIsNotAnEjbMethod() {
            }
        }

        @Stateless
        @PermitAll
        static class GuardedByClass {
            public void anyone() {
            }
        }

        @Stateful
        static class GuardedByMethod {
            @DenyAll
            public void nobody() {
            }
        }

        static class NotABean {
            public void whatever() {
            }
        }

        @Stateless
        @PermitAll
        static class UncheckedScope {
            public void rename(long groupId, String name) {
            }
        }

        @Stateless
        @PermitAll
        @ScopeChecked
        static class CheckedScope {
            public void rename(@InScope(TargetType.GROUP) long groupId, String name) {
            }
        }

        @Stateless
        @PermitAll
        static class AnnotatedButNotIntercepted {
            public void rename(@InScope(TargetType.GROUP) long groupId, String name) {
            }
        }
    }
}
