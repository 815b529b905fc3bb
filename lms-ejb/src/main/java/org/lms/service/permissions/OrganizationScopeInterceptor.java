package org.lms.service.permissions;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Before a scope-checked service method runs, checks that every organization, user, group and
 * course it names lies in the caller's scope: their organization's subtree, or the whole account
 * for roles that hold the whole-account privilege. The container has already checked the
 * privileges ({@code @RolesAllowed}); this adds the "where".
 */
@ScopeChecked
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class OrganizationScopeInterceptor {

    /** Per method, the scope annotation of each parameter (null where there is none). */
    private static final Map<Method, InScope[]> SCOPED_PARAMETERS = new ConcurrentHashMap<>();

    @Inject
    private Scopes scopes;

    @AroundInvoke
    public Object checkScope(InvocationContext invocation) throws Exception {
        InScope[] scoped = SCOPED_PARAMETERS.computeIfAbsent(invocation.getMethod(), OrganizationScopeInterceptor::scopedParameters);
        Object[] arguments = invocation.getParameters();
        for (int i = 0; i < scoped.length; i++) {
            if (scoped[i] != null && !(arguments[i] == null && scoped[i].optional())) {
                scopes.requireInScope(scoped[i].value(), arguments[i]);
            }
        }
        return invocation.proceed();
    }

    private static InScope[] scopedParameters(Method method) {
        Annotation[][] annotations = method.getParameterAnnotations();
        InScope[] scoped = new InScope[annotations.length];
        for (int i = 0; i < annotations.length; i++) {
            for (Annotation annotation : annotations[i]) {
                if (annotation instanceof InScope inScope) {
                    scoped[i] = inScope;
                }
            }
        }
        return scoped;
    }
}
