package org.lms.domain.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SignInThrottleTest {

    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
    private static final int THRESHOLD = 10;
    private static final Duration LOCK = Duration.ofMinutes(15);
    private static final Duration WINDOW = Duration.ofHours(1);

    private final SignInThrottle throttle = new SignInThrottle("alice@example.com", T0);

    private Duration attemptAt(Instant now) {
        return throttle.tryAttempt(now, THRESHOLD, LOCK, WINDOW);
    }

    @Test
    void startsEmpty() {
        assertEquals("alice@example.com", throttle.getEmailKey());
        assertEquals(0, throttle.getAttempts());
        assertNull(throttle.getLockedUntil());
        assertEquals(T0, throttle.getWindowStartedAt());
    }

    @Test
    void countsEveryAttemptBelowTheThreshold() {
        for (int i = 1; i < THRESHOLD; i++) {
            assertEquals(Duration.ZERO, attemptAt(T0.plusSeconds(i)));
            assertEquals(i, throttle.getAttempts());
            assertNull(throttle.getLockedUntil());
        }
    }

    @Test
    void theAttemptThatReachesTheThresholdStillPassesButLocks() {
        Instant now = T0;
        for (int i = 1; i < THRESHOLD; i++) {
            attemptAt(now = now.plusSeconds(1));
        }
        Instant last = now.plusSeconds(1);
        assertEquals(Duration.ZERO, attemptAt(last));
        assertEquals(THRESHOLD, throttle.getAttempts());
        assertEquals(last.plus(LOCK), throttle.getLockedUntil());
    }

    @Test
    void aLockedKeyAnswersWithTheRemainingLockTimeAndCountsNothing() {
        lockAt(T0);

        assertEquals(LOCK, attemptAt(T0));
        assertEquals(LOCK.minusMinutes(5), attemptAt(T0.plus(Duration.ofMinutes(5))));
        assertEquals(Duration.ofSeconds(1), attemptAt(T0.plus(LOCK).minusSeconds(1)));
        assertEquals(THRESHOLD, throttle.getAttempts());
        assertEquals(T0.plus(LOCK), throttle.getLockedUntil());
    }

    @Test
    void theLockEndsWhenItsTimeIsUpAndTheCountStartsAgain() {
        lockAt(T0);
        Instant end = T0.plus(LOCK);

        assertEquals(Duration.ZERO, attemptAt(end));
        assertEquals(1, throttle.getAttempts());
        assertNull(throttle.getLockedUntil());
        assertEquals(end, throttle.getWindowStartedAt());
    }

    @Test
    void theLockEndsEvenAfterAVeryLongTime() {
        lockAt(T0);
        assertEquals(Duration.ZERO, attemptAt(T0.plus(Duration.ofDays(400))));
        assertEquals(1, throttle.getAttempts());
    }

    @Test
    void attemptsWithinTheWindowKeepCounting() {
        attemptAt(T0);
        attemptAt(T0.plus(WINDOW).minusSeconds(1));
        assertEquals(2, throttle.getAttempts());
        assertEquals(T0, throttle.getWindowStartedAt());
    }

    @Test
    void anExpiredWindowForgetsEarlierAttempts() {
        for (int i = 0; i < THRESHOLD - 1; i++) {
            attemptAt(T0);
        }
        Instant later = T0.plus(WINDOW).plusSeconds(1);

        assertEquals(Duration.ZERO, attemptAt(later));
        assertEquals(1, throttle.getAttempts());
        assertEquals(later, throttle.getWindowStartedAt());
        assertNull(throttle.getLockedUntil());
    }

    @Test
    void anExpiredWindowDoesNotLiftALock() {
        // A lock longer than the window: the lock wins.
        Duration longLock = WINDOW.multipliedBy(2);
        for (int i = 0; i < 3; i++) {
            throttle.tryAttempt(T0, 3, longLock, WINDOW);
        }
        Instant afterWindow = T0.plus(WINDOW).plusSeconds(1);
        assertEquals(longLock.minus(WINDOW).minusSeconds(1), throttle.tryAttempt(afterWindow, 3, longLock, WINDOW));
    }

    @Test
    void afterALockExactlyThresholdAttemptsPassBeforeTheNextLock() {
        lockAt(T0);
        Instant now = T0.plus(LOCK);
        for (int i = 1; i <= THRESHOLD; i++) {
            assertEquals(Duration.ZERO, attemptAt(now), "attempt " + i + " of the second cycle");
        }
        assertEquals(LOCK, attemptAt(now));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 10, 25})
    void atMostThresholdAttemptsPassPerLockCycle(int threshold) {
        SignInThrottle subject = new SignInThrottle("k", T0);
        int passedThisCycle = 0;
        int cycles = 0;
        // An attacker tries every second for three hours.
        for (int second = 0; second < 3 * 3600; second++) {
            Instant now = T0.plusSeconds(second);
            boolean lockedBefore = subject.getLockedUntil() != null;
            Duration answer = subject.tryAttempt(now, threshold, LOCK, WINDOW);
            if (answer.isZero()) {
                if (lockedBefore) {
                    // The lock just ended: a new cycle starts.
                    cycles++;
                    passedThisCycle = 0;
                }
                passedThisCycle++;
                assertTrue(passedThisCycle <= threshold,
                        "cycle " + cycles + " let " + passedThisCycle + " attempts through");
            } else {
                assertTrue(answer.compareTo(LOCK) <= 0 && !answer.isNegative(), "lock answer " + answer);
            }
        }
        assertTrue(cycles >= 2, "the simulation went through several lock cycles");
    }

    @Test
    void anHourOfOneGuessPerSecondLetsAtMostOneHundredThrough() {
        assertTrue(passedInAnHour(1, 0, 0L) <= 100);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 5, 13, 30, 59, 61, 89, 90, 91, 300})
    void anHourOfSteadyGuessingLetsAtMostOneHundredThrough(int everySeconds) {
        int passed = passedInAnHour(everySeconds, 0, 0L);
        assertTrue(passed <= 100, "every " + everySeconds + " s: " + passed + " attempts passed");
    }

    @ParameterizedTest
    @ValueSource(longs = {1L, 42L, 2026L, 77_777L})
    void anHourOfIrregularGuessingLetsAtMostOneHundredThrough(long seed) {
        int passed = passedInAnHour(1, 120, seed);
        assertTrue(passed <= 100, "seed " + seed + ": " + passed + " attempts passed");
    }

    /**
     * Attacks one key for an hour with threshold 10, a 15-minute lock and a 1-hour window.
     * Between two guesses the attacker waits {@code minGap} seconds plus a random extra up to
     * {@code jitter} seconds. Returns how many guesses reached the password check.
     */
    private static int passedInAnHour(int minGap, int jitter, long seed) {
        Random random = new Random(seed);
        SignInThrottle subject = new SignInThrottle("victim@example.com", T0);
        int passed = 0;
        for (long second = 0; second < 3600; second += minGap + (jitter == 0 ? 0 : random.nextInt(jitter + 1))) {
            if (subject.tryAttempt(T0.plusSeconds(second), THRESHOLD, LOCK, WINDOW).isZero()) {
                passed++;
            }
        }
        return passed;
    }

    private void lockAt(Instant now) {
        for (int i = 0; i < THRESHOLD; i++) {
            assertEquals(Duration.ZERO, attemptAt(now));
        }
        assertEquals(now.plus(LOCK), throttle.getLockedUntil());
    }
}
