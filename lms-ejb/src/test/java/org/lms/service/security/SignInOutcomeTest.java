package org.lms.service.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SignInOutcomeTest {

    @ParameterizedTest(name = "{0} s -> {1} min")
    @CsvSource({
        "1, 1",
        "30, 1",
        "59, 1",
        "60, 1",
        "61, 2",
        "119, 2",
        "120, 2",
        "121, 3",
        "899, 15",
        "900, 15",
        "901, 16",
        "3600, 60",
    })
    void lockedMinutesRoundUp(long seconds, long minutes) {
        assertEquals(minutes, SignInOutcome.locked(Duration.ofSeconds(seconds)).lockedMinutes());
    }

    @Test
    void lockedMinutesNeverSaysZero() {
        assertEquals(1, SignInOutcome.locked(Duration.ZERO).lockedMinutes());
        assertEquals(1, SignInOutcome.locked(Duration.ofMillis(1)).lockedMinutes());
    }

    @Test
    void lockedMinutesRoundUpFractionsOfASecond() {
        assertEquals(2, SignInOutcome.locked(java.time.Duration.ofMillis(60_500)).lockedMinutes());
        assertEquals(16, SignInOutcome.locked(java.time.Duration.ofMillis(900_500)).lockedMinutes());
        assertEquals(1, SignInOutcome.locked(java.time.Duration.ofMillis(1)).lockedMinutes());
    }

    @Test
    void invalidTellsNothing() {
        SignInOutcome invalid = SignInOutcome.invalid();
        assertEquals(SignInOutcome.Result.INVALID, invalid.result());
        assertEquals(Optional.empty(), invalid.identity());
        assertTrue(invalid.lockedFor().isZero());
    }

    @Test
    void lockedCarriesTheRemainingTimeAndNoIdentity() {
        SignInOutcome locked = SignInOutcome.locked(Duration.ofMinutes(7));
        assertEquals(SignInOutcome.Result.LOCKED, locked.result());
        assertEquals(Optional.empty(), locked.identity());
        assertEquals(Duration.ofMinutes(7), locked.lockedFor());
    }

    @Test
    void signedInCarriesTheIdentity() {
        CallerIdentity caller = new CallerIdentity(42, 3, Set.of("CHANGE_OWN_SETTINGS"));
        SignInOutcome signedIn = SignInOutcome.signedIn(caller);
        assertEquals(SignInOutcome.Result.SIGNED_IN, signedIn.result());
        assertEquals(Optional.of(caller), signedIn.identity());
        assertEquals("42", caller.principalName());
    }
}
