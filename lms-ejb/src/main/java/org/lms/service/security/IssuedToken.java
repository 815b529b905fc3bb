package org.lms.service.security;

import java.io.Serializable;
import java.time.Instant;

/** A new bearer token: the only time its text exists outside the client. */
public record IssuedToken(String token, Instant expiresAt) implements Serializable {

    @Override
    public String toString() {
        return "IssuedToken[expiresAt=" + expiresAt + "]";
    }
}
