package org.lms.domain.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.lms.domain.organizations.Organization;
import org.lms.domain.users.User;

/** A course owned by an organization. Lessons, assessments and enrollments hang off it. */
@Entity
@Table(name = "COURSE")
public class Course {

    public static final int TITLE_MAX = 200;
    public static final int DESCRIPTION_MAX = 4000;

    @Id
    @SequenceGenerator(name = "COURSE_SEQ", sequenceName = "COURSE_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "COURSE_SEQ")
    private Long id;

    @NotBlank
    @Size(max = TITLE_MAX)
    @Column(name = "TITLE", nullable = false, length = TITLE_MAX)
    private String title;

    @Size(max = DESCRIPTION_MAX)
    @Column(name = "DESCRIPTION", length = DESCRIPTION_MAX)
    private String description;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ORGANIZATION_ID", nullable = false)
    private Organization organization;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "CREATED_BY")
    private User createdBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 20)
    private ContentStatus status = ContentStatus.DRAFT;

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Course() {
    }

    public Course(String title, String description, Organization organization, User createdBy) {
        this.title = title;
        this.description = description;
        this.organization = organization;
        this.createdBy = createdBy;
        this.createdAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public Organization getOrganization() {
        return organization;
    }

    public User getCreatedBy() {
        return createdBy;
    }

    public ContentStatus getStatus() {
        return status;
    }

    public void describe(String title, String description) {
        this.title = title;
        this.description = description;
    }

    public void publish() {
        status = ContentStatus.PUBLISHED;
    }

    public void archive() {
        status = ContentStatus.ARCHIVED;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
