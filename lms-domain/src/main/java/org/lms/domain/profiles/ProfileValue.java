package org.lms.domain.profiles;

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
import org.lms.domain.users.User;

/** A user's value of a custom profile field; a field without a value has no row. */
@Entity
@Table(name = "PROFILE_VALUE")
@NamedQuery(name = ProfileValue.FIND_OF_USER, query = "SELECT v FROM ProfileValue v WHERE v.user = :user")
@NamedQuery(name = ProfileValue.DELETE_OF_USER, query = "DELETE FROM ProfileValue v WHERE v.user = :user")
@NamedQuery(name = ProfileValue.DELETE_OF_FIELD, query = "DELETE FROM ProfileValue v WHERE v.field = :field")
public class ProfileValue {

    public static final String FIND_OF_USER = "ProfileValue.findOfUser";
    public static final String DELETE_OF_USER = "ProfileValue.deleteOfUser";
    public static final String DELETE_OF_FIELD = "ProfileValue.deleteOfField";

    @Id
    @SequenceGenerator(name = "PROFILE_VALUE_SEQ", sequenceName = "PROFILE_VALUE_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "PROFILE_VALUE_SEQ")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "USER_ID", nullable = false)
    private User user;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "FIELD_ID", nullable = false)
    private CustomField field;

    @Column(name = "FIELD_VALUE", nullable = false, length = CustomField.VALUE_MAX)
    private String value;

    protected ProfileValue() {
    }

    public ProfileValue(User user, CustomField field, String value) {
        this.user = user;
        this.field = field;
        this.value = value;
    }

    public Long getId() {
        return id;
    }

    public User getUser() {
        return user;
    }

    public CustomField getField() {
        return field;
    }

    public String getValue() {
        return value;
    }

    public void change(String newValue) {
        this.value = newValue;
    }
}
