package org.lms.service.permissions;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/** The permission core's answer to "may this user do this to that?", with its reasons in order. */
public record Decision(boolean allowed, List<Reason> reasons) implements Serializable {

    public List<String> messages(Locale locale) {
        return reasons.stream().map(r -> r.message(locale)).toList();
    }
}
