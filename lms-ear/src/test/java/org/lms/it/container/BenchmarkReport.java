package org.lms.it.container;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.logging.Logger;

/**
 * Test-only: where in-container benchmarks print their figures: the server log, and the file named
 * by {@code lms.benchmark.report} (target/it-work/&lt;run&gt;/benchmarks.txt, see arquillian.xml),
 * since the server's output is not the build's.
 */
final class BenchmarkReport {

    private static final Logger LOG = Logger.getLogger(BenchmarkReport.class.getName());

    private BenchmarkReport() {
    }

    static void line(String text) {
        LOG.info(text);
        String file = System.getProperty("lms.benchmark.report");
        if (file != null) {
            try {
                Files.writeString(Path.of(file), text + System.lineSeparator(), StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } catch (IOException e) {
                LOG.warning("cannot write the benchmark report: " + e);
            }
        }
    }
}
