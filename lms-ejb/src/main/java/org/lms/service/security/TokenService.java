package org.lms.service.security;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.lms.domain.security.ApiToken;
import org.lms.domain.users.User;
import org.lms.service.platform.Settings;

/**
 * Bearer tokens of the REST API. Issuing one checks the password (and counts towards the
 * sign-in throttle); checking one never does: a token is 256 random bits, so one SHA-256 and an
 * indexed lookup are enough. Callers are anonymous by nature, hence {@code @PermitAll}.
 */
@Stateless
@PermitAll
public class TokenService {

    public static final String LIFETIME_SETTING = "lms.token.hours";
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    private EntityManager em;

    @Inject
    private SignInService signIn;

    @Inject
    private AccountGate gate;

    /** A new token for the email and password, or the sign-in's refusal (invalid or locked). */
    public TokenOutcome issue(String email, String password) {
        SignInOutcome outcome = signIn.signIn(email, password);
        if (outcome.result() != SignInOutcome.Result.SIGNED_IN) {
            return new TokenOutcome(outcome, null);
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = Instant.now();
        Instant expiresAt = now.plus(Duration.ofHours(Settings.getInt(LIFETIME_SETTING, 8)));
        em.persist(new ApiToken(hash(token), em.find(User.class, outcome.caller().userId()), now, expiresAt));
        return new TokenOutcome(outcome, new IssuedToken(token, expiresAt));
    }

    /** The identity a token speaks for, if it is known, unexpired and its user's credentials unchanged. */
    public Optional<CallerIdentity> resolve(TokenCredential credential) {
        if (credential.token() == null || credential.token().length() > 100) {
            return Optional.empty();
        }
        List<ApiToken> found = em.createNamedQuery(ApiToken.FIND_BY_HASH, ApiToken.class)
                .setParameter("hash", hash(credential.token())).getResultList();
        return found.stream().filter(t -> t.isValidAt(Instant.now()) && gate.admits(t.getUser())).findFirst()
                .map(t -> CallerIdentity.of(t.getUser()));
    }

    /** Ends a token at once (the client signs out). */
    public void revoke(TokenCredential credential) {
        if (credential.token() != null && credential.token().length() <= 100) {
            em.createQuery("DELETE FROM ApiToken t WHERE t.tokenHash = :hash")
                    .setParameter("hash", hash(credential.token())).executeUpdate();
        }
    }

    @Schedule(hour = "*", minute = "41", persistent = false)
    void forgetExpiredTokens() {
        em.createNamedQuery(ApiToken.DELETE_EXPIRED).setParameter("now", Instant.now()).executeUpdate();
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /** The sign-in's answer and, when it succeeded, the new token. */
    public record TokenOutcome(SignInOutcome signIn, IssuedToken token) implements java.io.Serializable {
    }
}
