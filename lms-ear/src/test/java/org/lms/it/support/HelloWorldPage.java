package org.lms.it.support;

import java.nio.file.Path;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * A hello-world page beside the application on the same server, for the throughput benchmarks to
 * compare a page of ours with: one Faces page that writes "Hello, world" in a head and a body,
 * with no template, session, security or database.
 */
public final class HelloWorldPage {

    /** Where the page answers, below the server's address. */
    public static final String PATH = "/hello-world/hello.xhtml";
    static final String CONTEXT_ROOT = "/hello-world";

    private HelloWorldPage() {
    }

    /** Writes the web application to {@code directory} and answers its file. */
    static Path war(Path directory) {
        Path file = directory.resolve("hello-world.war");
        ShrinkWrap.create(WebArchive.class, "hello-world.war")
                .addAsWebInfResource(new StringAsset("""
                        <?xml version="1.0" encoding="UTF-8"?>
                        <faces-config xmlns="https://jakarta.ee/xml/ns/jakartaee" version="4.0"/>
                        """), "faces-config.xml")
                // Faces 4 runs on CDI, which an archive without beans.xml does not get.
                .addAsWebInfResource(new StringAsset("""
                        <?xml version="1.0" encoding="UTF-8"?>
                        <beans xmlns="https://jakarta.ee/xml/ns/jakartaee" version="4.0" bean-discovery-mode="all"/>
                        """), "beans.xml")
                .add(new StringAsset("""
                        <!DOCTYPE html>
                        <html xmlns="http://www.w3.org/1999/xhtml" xmlns:h="jakarta.faces.html" lang="en">
                        <h:head><title>Hello</title></h:head>
                        <h:body><p><h:outputText value="Hello, world"/></p></h:body>
                        </html>
                        """), "hello.xhtml")
                .as(ZipExporter.class).exportTo(file.toFile(), true);
        return file;
    }
}
