package org.lms.web.api.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class RequestSizeLimitTest {

    @Test
    void aCappedBodyIsReadUpToItsLimitAndNoFurther() throws IOException {
        InputStream exact = new RequestSizeLimit.Capped(new ByteArrayInputStream(new byte[100]), 100);
        assertEquals(100, exact.readAllBytes().length);

        InputStream over = new RequestSizeLimit.Capped(new ByteArrayInputStream(new byte[101]), 100);
        IOException cut = assertThrows(IOException.class, over::readAllBytes);
        ApiProblem answer = (ApiProblem) cut.getCause();
        assertEquals("request_too_large", answer.code());
        assertEquals(400, answer.status());

        InputStream byteByByte = new RequestSizeLimit.Capped(new ByteArrayInputStream(new byte[3]), 2);
        byteByByte.read();
        byteByByte.read();
        assertThrows(IOException.class, byteByByte::read);
    }
}
