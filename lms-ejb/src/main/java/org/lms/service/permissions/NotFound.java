package org.lms.service.permissions;

import jakarta.ejb.ApplicationException;

/**
 * The object does not exist, or it lies outside the caller's scope: the two are never told apart,
 * so nothing outside a person's organization leaks, not even its existence.
 */
@ApplicationException(rollback = true)
public class NotFound extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final TargetType type;
    private final Object id;

    public NotFound(TargetType type, Object id) {
        super(type.name().toLowerCase(java.util.Locale.ROOT) + " " + id + " not found");
        this.type = type;
        this.id = id;
    }

    public TargetType type() {
        return type;
    }

    public Object id() {
        return id;
    }
}
