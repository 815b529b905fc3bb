package org.lms.service.security;

import jakarta.security.enterprise.credential.Credential;

/**
 * The credential of an established session: the user id and the credentials version stored in
 * the server-side session at sign-in. Re-validated on every request, so a change of role,
 * privileges, password or status applies to the very next request.
 */
public record SessionCredential(long userId, int credentialsVersion) implements Credential {
}
