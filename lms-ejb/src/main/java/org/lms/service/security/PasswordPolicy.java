package org.lms.service.security;

import java.util.Optional;
import org.lms.domain.account.Account;
import org.lms.service.permissions.Reason;

/** The account's rules for new passwords. */
public final class PasswordPolicy {

    private final int minLength;
    private final boolean needsMix;

    public PasswordPolicy(int minLength, boolean needsMix) {
        this.minLength = minLength;
        this.needsMix = needsMix;
    }

    public static PasswordPolicy of(Account account) {
        return account == null ? new PasswordPolicy(12, true) : new PasswordPolicy(account.getPasswordMinLength(), account.isPasswordNeedsMix());
    }

    /** Why {@code password} is not acceptable, or empty when it is. */
    public Optional<Reason> whyNot(String password) {
        if (password == null || password.codePointCount(0, password.length()) < minLength) {
            return Optional.of(new Reason("input.passwordTooShort", minLength));
        }
        if (password.length() > PasswordHasher.MAX_PASSWORD_LENGTH) {
            return Optional.of(new Reason("input.passwordTooLong", PasswordHasher.MAX_PASSWORD_LENGTH));
        }
        if (password.isBlank()) {
            return Optional.of(new Reason("input.passwordBlank"));
        }
        if (needsMix) {
            boolean letter = password.codePoints().anyMatch(Character::isLetter);
            boolean other = password.codePoints().anyMatch(c -> !Character.isLetter(c));
            if (!letter || !other) {
                return Optional.of(new Reason("input.passwordNeedsMix"));
            }
        }
        return Optional.empty();
    }
}
