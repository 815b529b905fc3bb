package org.lms.service.users;

import java.io.Serializable;
import java.time.Instant;

/**
 * A new set-password link's secret: the only time it exists outside the person's hands. The page
 * shows it once to the administrator, who passes it on; it is never logged.
 */
public record IssuedInvitation(long userId, String token, Instant expiresAt) implements Serializable {

    @Override
    public String toString() {
        return "IssuedInvitation[user=" + userId + ", expiresAt=" + expiresAt + "]";
    }
}
