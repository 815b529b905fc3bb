package org.lms.web.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateful;
import jakarta.ejb.Stateless;
import jakarta.inject.Named;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A resource is only a resource: not an EJB, not a Faces bean, and it decides nothing itself, so
 * it touches neither the database nor the permission core's internals. Every operation is
 * described for the OpenAPI document under a name of its own.
 */
class ApiArchitectureTest {

    private static JavaClasses api;

    @BeforeAll
    static void importTheApi() {
        api = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.lms.web.api");
    }

    @Test
    void resourcesAreNeitherEjbsNorNamedBeans() {
        for (Class<? extends java.lang.annotation.Annotation> other : List.of(Stateless.class, Singleton.class, Stateful.class,
                Named.class)) {
            noClasses().that().areAnnotatedWith(Path.class).should().beAnnotatedWith(other)
                    .because("a resource class is only a resource").check(api);
        }
    }

    @Test
    void theApiLeavesDecisionsToTheServices() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "jakarta.faces..")
                .orShould().dependOnClassesThat().haveNameMatching(".*\\.(Guard|GrantRules|Scopes|Caller)")
                .because("permissions, scope and rules are decided in lms-ejb").check(classesOtherThanFailures());
    }

    @Test
    void resourcesAnswerInJson() {
        classes().that().areAnnotatedWith(Path.class).should().beAnnotatedWith(Produces.class).check(api);
    }

    @Test
    void everyOperationHasADistinctOperationId() {
        Set<String> ids = new HashSet<>();
        int operations = 0;
        for (var type : api) {
            for (JavaMethod method : type.getMethods()) {
                boolean http = List.of(GET.class, POST.class, PUT.class, PATCH.class, DELETE.class).stream()
                        .anyMatch(method::isAnnotatedWith);
                if (!http) {
                    continue;
                }
                operations++;
                assertTrue(method.isAnnotatedWith(Operation.class), method.getFullName() + " has @Operation");
                String id = method.getAnnotationOfType(Operation.class).operationId();
                assertTrue(!id.isEmpty() && ids.add(id), method.getFullName() + " has an operationId of its own: " + id);
            }
        }
        assertEquals(operations, ids.size());
        assertTrue(operations >= 35, "found the resources: " + operations);
    }

    /** Failures knows the persistence provider's optimistic-lock exception, to answer 409 for it. */
    private static JavaClasses classesOtherThanFailures() {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("/support/Failures"))
                .importPackages("org.lms.web.api");
    }
}
