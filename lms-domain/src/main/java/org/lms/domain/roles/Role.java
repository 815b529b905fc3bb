package org.lms.domain.roles;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * A named set of privileges. Built-in roles carry a {@link BuiltInRole} key and never change;
 * custom roles are composed by Administrators.
 */
@Entity
@Table(name = "LMS_ROLE")
@NamedQuery(name = Role.FIND_BY_KEY, query = "SELECT r FROM Role r WHERE r.builtIn = :key")
@NamedQuery(name = Role.FIND_ALL, query = "SELECT r FROM Role r ORDER BY r.builtIn, r.name")
public class Role {

    public static final String FIND_BY_KEY = "Role.findByKey";
    public static final String FIND_ALL = "Role.findAll";
    public static final int NAME_MAX = 100;

    @Id
    @SequenceGenerator(name = "ROLE_SEQ", sequenceName = "LMS_ROLE_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ROLE_SEQ")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "BUILT_IN_KEY", length = 40, unique = true)
    private BuiltInRole builtIn;

    @NotBlank
    @Size(max = NAME_MAX)
    @Column(name = "NAME", nullable = false, length = NAME_MAX)
    private String name;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "ROLE_PRIVILEGE", joinColumns = @JoinColumn(name = "ROLE_ID"))
    @Enumerated(EnumType.STRING)
    @Column(name = "PRIVILEGE", length = 60, nullable = false)
    private Set<Privilege> privileges = EnumSet.noneOf(Privilege.class);

    @Version
    private long version;

    protected Role() {
    }

    private Role(BuiltInRole builtIn, String name, Set<Privilege> privileges) {
        this.builtIn = builtIn;
        this.name = name;
        this.privileges = privileges.isEmpty() ? EnumSet.noneOf(Privilege.class) : EnumSet.copyOf(privileges);
    }

    /** The row for a built-in role; its name is the English label, screens translate by key. */
    public static Role builtIn(BuiltInRole key, String name) {
        return new Role(key, name, key.privileges());
    }

    public static Role custom(String name, Set<Privilege> privileges) {
        return new Role(null, name, privileges);
    }

    public Long getId() {
        return id;
    }

    public Optional<BuiltInRole> getBuiltIn() {
        return Optional.ofNullable(builtIn);
    }

    public boolean isBuiltIn() {
        return builtIn != null;
    }

    public boolean is(BuiltInRole key) {
        return builtIn == key;
    }

    /** The stable key: the built-in key, or null for a custom role. */
    public String getKey() {
        return builtIn == null ? null : builtIn.name();
    }

    public String getName() {
        return name;
    }

    public Set<Privilege> getPrivileges() {
        return Collections.unmodifiableSet(privileges);
    }

    public boolean holds(Privilege privilege) {
        return privileges.contains(privilege);
    }

    public long getVersion() {
        return version;
    }

    public void rename(String newName) {
        requireCustom();
        this.name = newName;
    }

    public void changePrivileges(Set<Privilege> newPrivileges) {
        requireCustom();
        privileges.clear();
        privileges.addAll(newPrivileges);
    }

    /** Puts a built-in role's privileges back to what the code defines, after an upgrade. */
    public void restoreBuiltInPrivileges() {
        if (builtIn == null) {
            throw new IllegalStateException("only a built-in role has defined privileges");
        }
        privileges.clear();
        privileges.addAll(builtIn.privileges());
    }

    private void requireCustom() {
        if (builtIn != null) {
            throw new IllegalStateException("built-in role " + builtIn + " cannot be changed");
        }
    }

    @Override
    public String toString() {
        return "Role[" + id + ", " + (builtIn != null ? builtIn : name) + "]";
    }
}
