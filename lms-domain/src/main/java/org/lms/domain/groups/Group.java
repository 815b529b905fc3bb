package org.lms.domain.groups;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.HashSet;
import java.util.Set;
import org.lms.domain.organizations.Organization;
import org.lms.domain.users.User;

/** Users of one organization put together to assign content or read reports. */
@Entity
@Table(name = "LMS_GROUP")
public class Group {

    public static final int NAME_MAX = 150;

    @Id
    @SequenceGenerator(name = "GROUP_SEQ", sequenceName = "LMS_GROUP_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "GROUP_SEQ")
    private Long id;

    @NotBlank
    @Size(max = NAME_MAX)
    @Column(name = "NAME", nullable = false, length = NAME_MAX)
    private String name;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ORGANIZATION_ID", nullable = false)
    private Organization organization;

    /** Never iterated for large groups: services page members with queries. */
    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "GROUP_MEMBER",
            joinColumns = @JoinColumn(name = "GROUP_ID"),
            inverseJoinColumns = @JoinColumn(name = "USER_ID"))
    private Set<User> members = new HashSet<>();

    @Version
    private long version;

    protected Group() {
    }

    public Group(String name, Organization organization) {
        this.name = name;
        this.organization = organization;
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

    public Organization getOrganization() {
        return organization;
    }

    public void addMember(User user) {
        members.add(user);
    }

    public void removeMember(User user) {
        members.remove(user);
    }

    public long getVersion() {
        return version;
    }
}
