package org.lms.service.permissions;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a parameter holding the id of an object that must lie in the caller's scope.
 * {@link OrganizationScopeInterceptor} checks it before the method runs; an object outside the
 * scope, or one that does not exist, ends the call with {@link NotFound}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface InScope {
    TargetType value();

    /**
     * Whether the parameter may be null to name no object at all (a change that leaves a value as
     * it is). A null is then not checked; any id given still is.
     */
    boolean optional() default false;
}
