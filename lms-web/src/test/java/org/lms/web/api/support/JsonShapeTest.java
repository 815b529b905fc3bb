package org.lms.web.api.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonShapeTest {

    private static JsonShape.Verdict check(String json) {
        return JsonShape.check(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void ordinaryBodiesAreFine() {
        assertEquals(JsonShape.Verdict.FINE, check("{\"a\": [1, 2, {\"b\": -3.5e10}], \"c\": \"text\"}"));
    }

    @Test
    void nestingIsCountedOutsideStringsOnly() {
        String deep = "[".repeat(JsonShape.MAX_DEPTH + 1) + "]".repeat(JsonShape.MAX_DEPTH + 1);
        assertEquals(JsonShape.Verdict.TOO_DEEP, check("{\"a\": " + deep + "}"));
        assertEquals(JsonShape.Verdict.FINE, check("{\"a\": \"" + "[".repeat(1000) + "\"}"));
        assertEquals(JsonShape.Verdict.FINE, check("{\"a\": \"\\\"[[[\"}"), "an escaped quote does not end the string");
    }

    @Test
    void longNumbersAreCaughtBeforeParsing() {
        assertEquals(JsonShape.Verdict.NUMBER_TOO_LONG, check("{\"a\": " + "9".repeat(JsonShape.MAX_NUMBER_LENGTH + 1) + "}"));
        assertEquals(JsonShape.Verdict.FINE, check("{\"a\": " + "9".repeat(JsonShape.MAX_NUMBER_LENGTH) + "}"));
        assertEquals(JsonShape.Verdict.FINE, check("{\"a\": \"" + "9".repeat(10_000) + "\"}"), "digits in a string are text");
    }
}
