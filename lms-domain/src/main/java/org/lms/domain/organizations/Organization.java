package org.lms.domain.organizations;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A node of the organization tree. The materialized {@code path} ("/1/7/12/") makes a whole
 * subtree one indexed prefix query and is the basis of organization scope.
 */
@Entity
@Table(name = "ORGANIZATION")
@NamedQuery(name = Organization.FIND_ROOT, query = "SELECT o FROM Organization o WHERE o.parent IS NULL")
@NamedQuery(name = Organization.FIND_SUBTREE,
        query = "SELECT o FROM Organization o WHERE o.path LIKE :pathPrefix ORDER BY o.path")
public class Organization {

    public static final String FIND_ROOT = "Organization.findRoot";
    public static final String FIND_SUBTREE = "Organization.findSubtree";
    public static final int NAME_MAX = 150;
    public static final int PATH_MAX = 1000;

    @Id
    @SequenceGenerator(name = "ORGANIZATION_SEQ", sequenceName = "ORGANIZATION_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ORGANIZATION_SEQ")
    private Long id;

    @NotBlank
    @Size(max = NAME_MAX)
    @Column(name = "NAME", nullable = false, length = NAME_MAX)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "PARENT_ID")
    private Organization parent;

    @Column(name = "PATH", nullable = false, length = PATH_MAX)
    private String path;

    @Version
    private long version;

    protected Organization() {
    }

    /**
     * A new organization. Its path needs its id, which the persistence provider assigns on persist:
     * call {@link #assignPath()} right after persisting.
     */
    public Organization(String name, Organization parent) {
        this.name = name;
        this.parent = parent;
        this.path = "";
    }

    public void assignPath() {
        if (id == null) {
            throw new IllegalStateException("organization has no id yet");
        }
        path = (parent == null ? "/" : parent.getPath()) + id + "/";
    }

    /** Puts this organization below {@code newParent}; descendants follow with {@link #rebase}. */
    public void moveUnder(Organization newParent) {
        if (contains(newParent)) {
            throw new IllegalArgumentException("an organization cannot move below itself");
        }
        this.parent = newParent;
        assignPath();
    }

    /** After an ancestor moved from {@code oldPrefix} to {@code newPrefix}: the path follows. */
    public void rebase(String oldPrefix, String newPrefix) {
        if (!path.startsWith(oldPrefix)) {
            throw new IllegalArgumentException(path + " is not below " + oldPrefix);
        }
        path = newPrefix + path.substring(oldPrefix.length());
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void rename(String newName) {
        this.name = newName;
    }

    public Organization getParent() {
        return parent;
    }

    public String getPath() {
        return path;
    }

    public long getVersion() {
        return version;
    }

    /** Depth in the tree: the root is 0. */
    public int depth() {
        return (int) path.chars().filter(c -> c == '/').count() - 2;
    }

    /** Whether {@code other} is this organization or lies below it. */
    public boolean contains(Organization other) {
        return other != null && other.getPath().startsWith(path);
    }

    @Override
    public String toString() {
        return "Organization[" + id + ", " + path + "]";
    }
}
