package org.lms.domain.account;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The account's logo image. Kept apart from {@link Account}, which every request reads, so the
 * bytes are loaded only where the logo is served. Which types are accepted is the service's rule.
 */
@Entity
@Table(name = "ACCOUNT_LOGO")
public class AccountLogo {

    @Id
    @Column(name = "ACCOUNT_ID")
    private Long accountId;

    @Column(name = "CONTENT_TYPE", nullable = false, length = 40)
    private String contentType;

    @Lob
    @Basic(optional = false)
    @Column(name = "CONTENT", nullable = false)
    private byte[] content;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    protected AccountLogo() {
    }

    public AccountLogo(long accountId, String contentType, byte[] content) {
        this.accountId = accountId;
        replace(contentType, content);
    }

    public void replace(String newContentType, byte[] newContent) {
        this.contentType = newContentType;
        this.content = newContent.clone();
    }

    public String getContentType() {
        return contentType;
    }

    public byte[] getContent() {
        return content.clone();
    }

    public int size() {
        return content.length;
    }

    public long getVersion() {
        return version;
    }
}
