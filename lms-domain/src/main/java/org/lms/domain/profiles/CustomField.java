package org.lms.domain.profiles;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A profile field an Administrator defined: a stable key (lower case, used by the API and the
 * rules), a label, a type and, for a choice, its choices in order.
 */
@Entity
@Table(name = "PROFILE_FIELD")
@NamedQuery(name = CustomField.FIND_ALL, query = "SELECT f FROM CustomField f ORDER BY f.position, f.id")
@NamedQuery(name = CustomField.FIND_BY_KEY, query = "SELECT f FROM CustomField f WHERE f.key = :key")
public class CustomField {

    public static final String FIND_ALL = "CustomField.findAll";
    public static final String FIND_BY_KEY = "CustomField.findByKey";
    public static final int KEY_MAX = 40;
    public static final int LABEL_MAX = 100;
    public static final int CHOICES_MAX = 2000;
    public static final int CHOICE_MAX = 100;
    /** The longest value of any custom field. */
    public static final int VALUE_MAX = 500;
    /** Lower-case letters, digits and underscores, starting with a letter. */
    public static final Pattern KEY_PATTERN = Pattern.compile("[a-z][a-z0-9_]{0," + (KEY_MAX - 1) + "}");

    @Id
    @SequenceGenerator(name = "PROFILE_FIELD_SEQ", sequenceName = "PROFILE_FIELD_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "PROFILE_FIELD_SEQ")
    private Long id;

    @Column(name = "FIELD_KEY", nullable = false, unique = true, length = KEY_MAX)
    private String key;

    @NotBlank
    @Size(max = LABEL_MAX)
    @Column(name = "LABEL", nullable = false, length = LABEL_MAX)
    private String label;

    @Enumerated(EnumType.STRING)
    @Column(name = "FIELD_TYPE", nullable = false, length = 10)
    private CustomFieldType type;

    /** The choices, one a line; null unless the type is {@link CustomFieldType#CHOICE}. */
    @Size(max = CHOICES_MAX)
    @Column(name = "CHOICES", length = CHOICES_MAX)
    private String choices;

    @Column(name = "FIELD_POSITION", nullable = false)
    private int position;

    @Version
    private long version;

    protected CustomField() {
    }

    public CustomField(String key, String label, CustomFieldType type, List<String> choices, int position) {
        if (!KEY_PATTERN.matcher(key).matches()) {
            throw new IllegalArgumentException("not a custom field key: " + key);
        }
        this.key = key;
        this.label = label;
        this.type = type;
        changeChoices(choices);
        this.position = position;
    }

    public Long getId() {
        return id;
    }

    public String getKey() {
        return key;
    }

    public String getLabel() {
        return label;
    }

    public void relabel(String newLabel) {
        this.label = newLabel;
    }

    public CustomFieldType getType() {
        return type;
    }

    public List<String> getChoices() {
        return choices == null || choices.isEmpty() ? List.of() : Arrays.asList(choices.split("\n"));
    }

    /** Replaces the choices of a choice field; other types keep none. */
    public final void changeChoices(List<String> newChoices) {
        this.choices = type == CustomFieldType.CHOICE && newChoices != null && !newChoices.isEmpty()
                ? String.join("\n", newChoices) : null;
    }

    public int getPosition() {
        return position;
    }

    public void moveTo(int newPosition) {
        this.position = newPosition;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public String toString() {
        return "CustomField[" + id + ", " + key + "]";
    }
}
