package org.lms.it.ear;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * A Payara Server domain of its own, in a work folder, driven through {@code asadmin}. Every port
 * the domain opens comes from one free port base, so it never meets another server on this machine.
 */
final class PayaraDomain {

    /** Payara derives every port of a domain from the base: base+9 (debugger) up to base+86 (JMX). */
    private static final int PORTS_PER_BASE = 100;
    private static final int LOG_TAIL_LINES = 80;

    private final Path payaraHome;
    private final Path domainsDir;
    private final String name;
    private final int portBase;
    private int asadminCalls;

    PayaraDomain(Path payaraHome, Path domainsDir, String name) {
        this.payaraHome = payaraHome;
        this.domainsDir = domainsDir;
        this.name = name;
        this.portBase = freePortBase();
    }

    int httpPort() {
        return portBase + 80;
    }

    int adminPort() {
        return portBase + 48;
    }

    Path serverLog() {
        return domainsDir.resolve(name).resolve("logs").resolve("server.log");
    }

    /** True once the domain's folder exists, that is when there may be something to stop. */
    boolean created() {
        return Files.isDirectory(domainsDir.resolve(name));
    }

    void create(Duration timeout) {
        // --nopassword: the admin user "admin" has no password, so no password file is needed.
        local(timeout, "create-domain", "--domaindir", domainsDir.toString(), "--portbase", Integer.toString(portBase),
                "--nopassword=true", name);
    }

    void start(Duration timeout) {
        local(timeout, "start-domain", "--domaindir", domainsDir.toString(), name);
    }

    /** Stops the domain; if it does not stop in time, kills its process. */
    void stop(Duration timeout) {
        try {
            local(timeout, "stop-domain", "--domaindir", domainsDir.toString(), name);
        } catch (AssertionError notStopped) {
            local(timeout, "stop-domain", "--domaindir", domainsDir.toString(), "--kill=true", name);
        }
    }

    /** A command for the running domain, through its admin port. Returns what asadmin printed. */
    String remote(Duration timeout, String... command) {
        List<String> args = new ArrayList<>(List.of("--port", Integer.toString(adminPort())));
        args.addAll(List.of(command));
        return local(timeout, args.toArray(String[]::new));
    }

    /** The last lines of the domain's server.log, for failure messages. */
    String serverLogTail() {
        try {
            List<String> lines = Files.readAllLines(serverLog(), StandardCharsets.UTF_8);
            return "--- last lines of " + serverLog() + " ---\n"
                    + String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()));
        } catch (IOException e) {
            return "(no server.log: " + e + ")";
        }
    }

    private String local(Duration timeout, String... args) {
        List<String> command = new ArrayList<>();
        command.add(payaraHome.resolve("bin").resolve(isWindows() ? "asadmin.bat" : "asadmin").toString());
        // Never wait for an answer on the console.
        command.add("--interactive=false");
        command.addAll(List.of(args));
        String what = String.join(" ", command);
        // start-domain leaves the server running with asadmin's output handles: a file, unlike a pipe,
        // does not keep us waiting for the server to end.
        Path output = domainsDir.resolve("asadmin-" + (++asadminCalls) + ".out");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().put("AS_JAVA", System.getProperty("java.home"));
        // A developer's AS_ADMIN_PORT, AS_ADMIN_USER etc. would point the commands elsewhere.
        builder.environment().keySet().removeIf(key -> key.startsWith("AS_ADMIN_"));
        try {
            Process process = builder.start();
            process.getOutputStream().close();
            if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor();
                throw new AssertionError("asadmin did not finish within " + timeout + ": " + what + "\n" + read(output)
                        + "\n" + serverLogTail());
            }
            String printed = read(output);
            if (process.exitValue() != 0) {
                throw new AssertionError("asadmin failed (exit " + process.exitValue() + "): " + what + "\n" + printed
                        + "\n" + serverLogTail());
            }
            return printed;
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + what, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + what, e);
        }
    }

    private static String read(Path output) {
        try {
            return Files.readString(output, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no output: " + e + ")";
        }
    }

    private static boolean isWindows() {
        return System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT).startsWith("windows");
    }

    /**
     * A multiple of 100 whose hundred ports are all free. Below 32768, Linux's first ephemeral port,
     * so outgoing connections do not take one of them before the domain starts.
     */
    private static int freePortBase() {
        Random random = new Random();
        for (int attempt = 0; attempt < 50; attempt++) {
            int base = (100 + random.nextInt(220)) * 100; // 10000 .. 31900
            if (allFree(base)) {
                return base;
            }
        }
        throw new IllegalStateException("no free range of " + PORTS_PER_BASE + " ports between 10000 and 32000");
    }

    private static boolean allFree(int base) {
        for (int port = base; port < base + PORTS_PER_BASE; port++) {
            // The server listens on all addresses, so check the wildcard address, not only loopback.
            try (ServerSocket socket = new ServerSocket()) {
                socket.bind(new InetSocketAddress(port));
            } catch (IOException taken) {
                return false;
            }
        }
        return true;
    }
}
