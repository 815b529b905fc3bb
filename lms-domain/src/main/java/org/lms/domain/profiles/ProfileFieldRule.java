package org.lms.domain.profiles;

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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.lms.domain.roles.Role;

/**
 * How one role sees one profile field, where an Administrator set it differently from the
 * default of {@link ProfileFieldPolicy}. The field is named by its key: a {@link StandardField}'s
 * name or a {@link CustomField}'s key.
 */
@Entity
@Table(name = "PROFILE_FIELD_RULE")
@NamedQuery(name = ProfileFieldRule.FIND_ALL, query = "SELECT r FROM ProfileFieldRule r")
@NamedQuery(name = ProfileFieldRule.FIND_OF_ROLE, query = "SELECT r FROM ProfileFieldRule r WHERE r.role = :role")
@NamedQuery(name = ProfileFieldRule.DELETE_OF_ROLE, query = "DELETE FROM ProfileFieldRule r WHERE r.role = :role")
@NamedQuery(name = ProfileFieldRule.DELETE_OF_FIELD, query = "DELETE FROM ProfileFieldRule r WHERE r.fieldKey = :fieldKey")
public class ProfileFieldRule {

    public static final String FIND_ALL = "ProfileFieldRule.findAll";
    public static final String FIND_OF_ROLE = "ProfileFieldRule.findOfRole";
    public static final String DELETE_OF_ROLE = "ProfileFieldRule.deleteOfRole";
    public static final String DELETE_OF_FIELD = "ProfileFieldRule.deleteOfField";

    @Id
    @SequenceGenerator(name = "PROFILE_FIELD_RULE_SEQ", sequenceName = "PROFILE_FIELD_RULE_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "PROFILE_FIELD_RULE_SEQ")
    private Long id;

    @Column(name = "FIELD_KEY", nullable = false, length = CustomField.KEY_MAX)
    private String fieldKey;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ROLE_ID", nullable = false)
    private Role role;

    @Enumerated(EnumType.STRING)
    @Column(name = "ACCESS_LEVEL", nullable = false, length = 10)
    private FieldAccess access;

    protected ProfileFieldRule() {
    }

    public ProfileFieldRule(String fieldKey, Role role, FieldAccess access) {
        this.fieldKey = fieldKey;
        this.role = role;
        this.access = access;
    }

    public Long getId() {
        return id;
    }

    public String getFieldKey() {
        return fieldKey;
    }

    public Role getRole() {
        return role;
    }

    public FieldAccess getAccess() {
        return access;
    }

    public void change(FieldAccess newAccess) {
        this.access = newAccess;
    }
}
