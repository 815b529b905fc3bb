package org.lms.service.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;

/**
 * The application's identity store. It validates a password at sign-in, an established session
 * on every later request and an API client's bearer token, and hands the container the caller's privileges as groups,
 * so {@code @RolesAllowed("MANAGE_USERS")} works for built-in and custom roles alike.
 */
@ApplicationScoped
public class LmsIdentityStore implements IdentityStore {

    @Inject
    private SignInService signIn;

    @Inject
    private CallerIdentities identities;

    @Inject
    private TokenService tokens;

    @Inject
    private SignInAttempt attempt;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (credential instanceof UsernamePasswordCredential password) {
            SignInOutcome outcome = signIn.signIn(password.getCaller(), password.getPasswordAsString());
            attempt.record(outcome);
            return toResult(outcome.identity());
        }
        if (credential instanceof SessionCredential session) {
            return toResult(identities.resolve(session));
        }
        if (credential instanceof TokenCredential token) {
            return toResult(tokens.resolve(token));
        }
        return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }

    private static CredentialValidationResult toResult(Optional<CallerIdentity> identity) {
        return identity
                .map(caller -> new CredentialValidationResult(caller.principalName(), caller.privileges()))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
