package org.lms.web.api.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.RollbackException;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lms.service.permissions.InvalidInput;
import org.lms.service.permissions.NotFound;
import org.lms.service.permissions.Refusal;
import org.lms.service.permissions.TargetType;

/** How the services' answers, and everything else, reach an API client. */
class FailuresTest {

    private static ApiFailure english(Throwable thrown) {
        return Failures.describe(thrown, Locale.ENGLISH);
    }

    @Test
    void aMissingPrivilegeIsForbidden() {
        ApiFailure failure = english(new EJBAccessException("Client not authorized"));
        assertEquals(403, failure.status());
        assertEquals("forbidden", failure.code());
        assertFalse(failure.body().error().message().contains("Client"), "the container's words stay inside");
    }

    @Test
    void aMissingPrivilegeOfALocalCallIsForbiddenToo() {
        assertEquals("forbidden", english(new jakarta.ejb.AccessLocalException("Client not authorized")).code());
    }

    @Test
    void aRulesRefusalIsForbiddenWithItsReason() {
        ApiFailure failure = english(new Refusal("rule.notYourself"));
        assertEquals(403, failure.status());
        assertEquals("refused", failure.code());
        assertEquals("You cannot do this to your own account.", failure.body().error().message());
    }

    @Test
    void missingAndOutOfScopeAreTheSameNotFound() {
        ApiFailure failure = english(new NotFound(TargetType.GROUP, 12L));
        assertEquals(404, failure.status());
        assertEquals("not_found", failure.code());
        assertEquals("Group 12 was not found.", failure.body().error().message());
        assertEquals("Gruppe 12 wurde nicht gefunden.", Failures.describe(new NotFound(TargetType.GROUP, 12L), Locale.GERMAN)
                .body().error().message());
    }

    @Test
    void invalidInputNamesItsFieldsAndConflictsAre409() {
        ApiFailure invalid = english(InvalidInput.field("email", "input.emailInvalid", 254));
        assertEquals(400, invalid.status());
        assertEquals("invalid_input", invalid.code());
        assertEquals(Map.of("email", "Not a valid email address."), invalid.body().error().fields());

        ApiFailure conflict = english(InvalidInput.conflict("version", "input.changedBySomeoneElse"));
        assertEquals(409, conflict.status());
        assertEquals("conflict", conflict.code());
        assertTrue(conflict.body().error().fields().containsKey("version"));
    }

    @Test
    void wrappedAnswersAreFoundAmongTheCauses() {
        assertEquals(403, english(new EJBException(new EJBAccessException("denied"))).status());
        ApiFailure staleAtCommit = english(new EJBException("Transaction aborted",
                new RollbackException(new OptimisticLockException("row changed"))));
        assertEquals(409, staleAtCommit.status());
        assertTrue(staleAtCommit.body().error().fields().containsKey("version"));
    }

    @Test
    void anythingElseIsA500WithAnIncidentAndNoDetails() {
        ApiFailure failure = english(new IllegalStateException("secret detail at com.example.Foo"));
        assertEquals(500, failure.status());
        assertEquals("internal_error", failure.code());
        String incident = failure.headers().get("X-Incident");
        assertTrue(failure.body().error().message().contains(incident), failure.body().error().message());
        assertFalse(failure.body().error().message().contains("secret"));
        assertEquals(Map.of(), failure.body().error().fields());
    }

    @Test
    void theLanguageFollowsAcceptLanguage() {
        assertEquals(Locale.GERMAN, ApiLanguage.of(java.util.List.of(Locale.forLanguageTag("de-CH"), Locale.ENGLISH)));
        assertEquals(Locale.ENGLISH, ApiLanguage.of(java.util.List.of(Locale.FRENCH, Locale.ENGLISH, Locale.GERMAN)));
        assertEquals(Locale.GERMAN, ApiLanguage.of(java.util.List.of(Locale.FRENCH, Locale.GERMAN)));
        assertEquals(Locale.ENGLISH, ApiLanguage.of(java.util.List.of()));
        assertEquals(Locale.ENGLISH, ApiLanguage.of(() -> {
            throw new IllegalArgumentException("malformed header");
        }));
    }
}
