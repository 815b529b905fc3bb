package org.lms.it.support;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the build put what the integration tests need (see the failsafe configuration). */
public final class TestPaths {

    private TestPaths() {
    }

    /** Payara Micro, the application WAR and the database's driver jars. */
    public static Path testServer() {
        return required("lms.test.server");
    }

    public static Path microJar() {
        return testServer().resolve("payara-micro.jar");
    }

    public static Path applicationWar() {
        return testServer().resolve("lms.war");
    }

    /** The jars the test servers add: Derby's, or PostgreSQL's driver as well with the profile postgresql. */
    public static Path serverLibs() {
        return testServer().resolve("lib");
    }

    /** The asadmin commands that create the pool (Derby's, or PostgreSQL's with the profile postgresql) and the jdbc/lms resource. */
    public static Path postBootCommands() {
        return required("lms.test.postBootCommands");
    }

    public static Path ear() {
        return required("lms.test.ear");
    }

    public static Path payaraServerHome() {
        return required("lms.test.payaraServer");
    }

    /** A fresh folder for one test's files, under target/. */
    public static Path work(String name) {
        Path dir = required("lms.test.work").resolve(name);
        try {
            Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot create " + dir, e);
        }
        return dir;
    }

    private static Path required(String property) {
        String value = System.getProperty(property);
        if (value == null) {
            throw new IllegalStateException("system property " + property + " is not set: run the tests through Maven");
        }
        return Path.of(value);
    }
}
