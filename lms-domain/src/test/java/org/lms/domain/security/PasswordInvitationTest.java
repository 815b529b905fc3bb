package org.lms.domain.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.lms.domain.organizations.Organization;
import org.lms.domain.roles.BuiltInRole;
import org.lms.domain.roles.Role;
import org.lms.domain.users.User;

class PasswordInvitationTest {

    private static final Instant MADE = Instant.parse("2026-05-01T12:00:00Z");
    private final User user = new User("new@x.example", "New Person", new Organization("Acme", null),
            Role.builtIn(BuiltInRole.LEARNER, "Learner"));
    private final PasswordInvitation invitation = new PasswordInvitation("hash", user, MADE, MADE.plus(Duration.ofDays(7)));

    @Test
    void worksUntilItExpires() {
        assertEquals(PasswordInvitation.State.VALID, invitation.stateAt(MADE));
        assertEquals(PasswordInvitation.State.VALID, invitation.stateAt(MADE.plus(Duration.ofDays(7)).minusSeconds(1)));
        assertEquals(PasswordInvitation.State.EXPIRED, invitation.stateAt(MADE.plus(Duration.ofDays(7))));
    }

    @Test
    void worksOnce() {
        invitation.use(MADE.plusSeconds(60));
        assertEquals(PasswordInvitation.State.USED, invitation.stateAt(MADE.plusSeconds(61)));
        assertThrows(IllegalStateException.class, () -> invitation.use(MADE.plusSeconds(62)));
    }

    @Test
    void aDeactivatedUsersLinkDoesNotWork() {
        user.deactivate();
        assertEquals(PasswordInvitation.State.INACTIVE_USER, invitation.stateAt(MADE));
        assertThrows(IllegalStateException.class, () -> invitation.use(MADE));
    }

    @Test
    void expiresAfterItIsMade() {
        assertThrows(IllegalArgumentException.class, () -> new PasswordInvitation("h", user, MADE, MADE));
    }
}
