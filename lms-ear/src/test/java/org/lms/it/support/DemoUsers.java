package org.lms.it.support;

/** The demo account's sign-ins (see the README and DemoData). */
public final class DemoUsers {

    public static final String PASSWORD = "Demo-Password-2026";
    public static final String OWNER = "owner@acme.example";
    public static final String OWNER_PASSWORD = "Owner-Demo-2026";
    public static final String ADMIN = "admin@acme.example";
    public static final String ORG_ADMIN = "orgadmin@acme.example";
    public static final String PUBLISHER = "publisher@acme.example";
    public static final String INSTRUCTOR = "instructor@acme.example";
    public static final String REPORTER = "reporter@acme.example";
    public static final String LEARNER = "learner@acme.example";
    /** A learner whose chosen language is German. */
    public static final String GERMAN_LEARNER = "lena@acme.example";
    public static final String SALES_LEARNER = "sam@acme.example";

    private DemoUsers() {
    }
}
