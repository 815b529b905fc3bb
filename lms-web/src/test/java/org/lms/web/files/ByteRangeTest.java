package org.lms.web.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ByteRangeTest {

    @Test
    void noHeaderOrOneNotReadMeansTheWholeFile() {
        assertEquals(new ByteRange(0, 100, false), ByteRange.of(null, 100));
        assertEquals(new ByteRange(0, 100, false), ByteRange.of("items=0-5", 100));
        assertEquals(new ByteRange(0, 100, false), ByteRange.of("bytes=0-5,10-20", 100), "several ranges: the whole file");
        assertEquals(new ByteRange(0, 100, false), ByteRange.of("bytes=a-b", 100));
    }

    @Test
    void aRangeIsCutAtTheEndOfTheFile() {
        assertEquals(new ByteRange(0, 10, true), ByteRange.of("bytes=0-9", 100));
        assertEquals(new ByteRange(90, 10, true), ByteRange.of("bytes=90-", 100));
        assertEquals(new ByteRange(90, 10, true), ByteRange.of("bytes=90-5000", 100));
        assertEquals(new ByteRange(70, 30, true), ByteRange.of("bytes=-30", 100), "the last 30 bytes");
        assertEquals(new ByteRange(0, 100, true), ByteRange.of("bytes=-500", 100));
        assertEquals("bytes 90-99/100", ByteRange.of("bytes=90-", 100).contentRange(100));
    }

    @Test
    void aRangeBeyondTheEndCannotBeSatisfied() {
        assertNull(ByteRange.of("bytes=100-", 100));
        assertNull(ByteRange.of("bytes=50-10", 100));
        assertNull(ByteRange.of("bytes=-0", 100));
        assertNull(ByteRange.of("bytes=0-", 0), "an empty file has no first byte");
    }
}
