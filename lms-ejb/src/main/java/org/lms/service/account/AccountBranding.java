package org.lms.service.account;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.Optional;
import org.lms.domain.account.Account;
import org.lms.domain.account.AccountLogo;

/**
 * The account's logo for everyone who sees the portal, the sign-in page included, hence
 * {@code @PermitAll}: a brand is public. The tag comes from the account row in the shared cache,
 * so asking for it on every page neither queries the database nor touches the image's bytes.
 */
@Stateless
@PermitAll
public class AccountBranding {

    /** A logo's bytes, type and tag; the tag changes whenever the bytes do, so it can be part of the logo's address. */
    public record Logo(String contentType, byte[] content, String tag) implements Serializable {
    }

    @PersistenceContext
    private EntityManager em;

    public Optional<Logo> logo() {
        AccountLogo logo = em.find(AccountLogo.class, Account.THE_ACCOUNT);
        if (logo == null) {
            return Optional.empty();
        }
        return Optional.of(new Logo(logo.getContentType(), logo.getContent(), logoTag()));
    }

    /** The current logo's tag, or an empty text when the account has no logo. */
    public String logoTag() {
        Account account = em.find(Account.class, Account.THE_ACCOUNT);
        return account == null || account.getLogoTag() == null ? "" : account.getLogoTag();
    }
}
