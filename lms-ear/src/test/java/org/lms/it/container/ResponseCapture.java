package org.lms.it.container;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Test-only: keeps the response of the Arquillian runner's request reachable from the test, which
 * needs it to sign in through {@code SecurityContext.authenticate} like the sign-in page does.
 */
@WebFilter("/ArquillianServletRunnerEE9")
public class ResponseCapture extends HttpFilter {

    static final String ATTRIBUTE = ResponseCapture.class.getName();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        request.setAttribute(ATTRIBUTE, response);
        chain.doFilter(request, response);
    }
}
