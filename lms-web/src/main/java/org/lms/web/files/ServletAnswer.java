package org.lms.web.files;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/** A servlet response as {@link FileDelivery} speaks to it: the pages' file servlets share it. */
record ServletAnswer(HttpServletResponse response) implements FileDelivery.Answer {

    @Override
    public void status(int status) {
        response.setStatus(status);
    }

    @Override
    public void header(String name, String value) {
        response.setHeader(name, value);
    }

    @Override
    public OutputStream body() {
        try {
            return response.getOutputStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
