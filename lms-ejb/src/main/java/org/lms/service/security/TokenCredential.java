package org.lms.service.security;

import jakarta.security.enterprise.credential.Credential;

/** A bearer token sent by an API client. */
public record TokenCredential(String token) implements Credential {

    @Override
    public String toString() {
        return "TokenCredential[…]";
    }
}
