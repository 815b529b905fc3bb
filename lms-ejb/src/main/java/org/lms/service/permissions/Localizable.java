package org.lms.service.permissions;

import java.io.Serializable;
import java.util.Locale;

/** An argument of a reason that reads differently per language, such as a built-in role's name. */
@FunctionalInterface
public interface Localizable extends Serializable {

    String in(Locale locale);
}
