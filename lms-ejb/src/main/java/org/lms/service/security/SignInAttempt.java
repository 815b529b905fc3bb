package org.lms.service.security;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/**
 * The outcome of the sign-in attempt made in this request, for the sign-in page to word its
 * message (wrong credentials or a temporary lock) and for the mechanism to start the session.
 */
@RequestScoped
public class SignInAttempt {

    private SignInOutcome outcome;

    public void record(SignInOutcome result) {
        this.outcome = result;
    }

    public Optional<SignInOutcome> outcome() {
        return Optional.ofNullable(outcome);
    }
}
