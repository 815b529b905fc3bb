package org.lms.service.security;

import java.time.Duration;
import java.util.Optional;

/**
 * The answer to a sign-in attempt. {@link Result#INVALID} covers an unknown email, a wrong
 * password and a deactivated user alike, so the answer never tells whether an address exists.
 */
public record SignInOutcome(Result result, CallerIdentity caller, Duration lockedFor) {

    public enum Result { SIGNED_IN, INVALID, LOCKED, ACCOUNT_CANCELLED }

    public static SignInOutcome signedIn(CallerIdentity caller) {
        return new SignInOutcome(Result.SIGNED_IN, caller, Duration.ZERO);
    }

    public static SignInOutcome invalid() {
        return new SignInOutcome(Result.INVALID, null, Duration.ZERO);
    }

    /** The password was right, but the account's membership is cancelled and only its Owner may sign in. */
    public static SignInOutcome accountCancelled() {
        return new SignInOutcome(Result.ACCOUNT_CANCELLED, null, Duration.ZERO);
    }

    public static SignInOutcome locked(Duration remaining) {
        return new SignInOutcome(Result.LOCKED, null, remaining);
    }

    public Optional<CallerIdentity> identity() {
        return Optional.ofNullable(caller);
    }

    /** Minutes to wait, rounded up, for the message shown to the person. */
    public long lockedMinutes() {
        long millis = lockedFor.toMillis();
        return Math.max(1, (millis + 59_999) / 60_000);
    }
}
