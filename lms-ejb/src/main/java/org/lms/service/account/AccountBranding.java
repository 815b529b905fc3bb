package org.lms.service.account;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.Optional;
import java.util.zip.CRC32;
import org.lms.domain.account.Account;
import org.lms.domain.account.AccountLogo;

/**
 * The account's logo for everyone who sees the portal, the sign-in page included, hence
 * {@code @PermitAll}: a brand is public. Reads go through the shared cache, so asking for the
 * version on every page costs no query.
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
        byte[] content = logo.getContent();
        return Optional.of(new Logo(logo.getContentType(), content, tag(content)));
    }

    /** The current logo's tag, or an empty text when the account has no logo. */
    public String logoTag() {
        AccountLogo logo = em.find(AccountLogo.class, Account.THE_ACCOUNT);
        return logo == null ? "" : tag(logo.getContent());
    }

    private static String tag(byte[] content) {
        CRC32 crc = new CRC32();
        crc.update(content);
        return Long.toHexString(crc.getValue()) + "-" + Integer.toHexString(content.length);
    }
}
