package org.lms.service.users;

import java.io.Serializable;

/** A column of the user list and its exports showing a custom profile field: its key and label. */
public record CustomColumn(String key, String label) implements Serializable {
}
