package id.etalase.ops;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * One instance of the packaged app (target/quarkus-app) in the test profile, on a port of its own, against the given
 * database and search alias; its output goes to a log file under target/.
 */
final class PackagedApp implements AutoCloseable {

    static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    final int port;
    final Path log;
    private final Process process;

    private PackagedApp(int port, Path log, Process process) {
        this.port = port;
        this.log = log;
        this.process = process;
    }

    /** Starts the app; it migrates the database but never cleans it (TEST_CLEAN_DATABASE=false). */
    static PackagedApp start(String name, String database, String alias, Map<String, String> env) throws IOException {
        return start(name, Databases.url(database), alias, env, List.of("-Xmx384m"));
    }

    /** Starts the app against the database at this URL, with these options for its JVM (its heap, …). */
    static PackagedApp start(String name, String databaseUrl, String alias, Map<String, String> env,
            List<String> jvmOptions) throws IOException {
        assertTrue(Files.exists(JAR), "the app is packaged before the ITs run");
        int port = freePort();
        Path log = Path.of("target", name + ".log");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-Dquarkus.profile=test", "-Dquarkus.http.port=" + port,
                "-D%test.etalase.search.alias=" + alias, "-jar", JAR.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(key -> key.startsWith("DB_") || key.startsWith("QUARKUS_")
                || key.startsWith("ETALASE_") || key.startsWith("PHOTO_") || key.equals("TEST_CLEAN_DATABASE"));
        builder.environment().put("DB_TEST_URL", databaseUrl);
        builder.environment().put("TEST_CLEAN_DATABASE", "false");
        builder.environment().putAll(env);
        return new PackagedApp(port, log, builder.start());
    }

    /** Waits until /q/health/ready answers UP; fails with the log when the app ends or the time is up. */
    PackagedApp awaitReady(Duration within) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                fail("the app on port " + port + " ended with " + process.exitValue() + ":\n" + output());
            }
            try {
                HttpResponse<String> ready = HTTP.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/q/health/ready")).timeout(Duration.ofSeconds(5))
                        .build(), HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200 && ready.body().contains("\"UP\"")) {
                    return this;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        fail("the app on port " + port + " was not ready within " + within + ":\n" + output());
        return this;
    }

    /** Waits until the log has a line containing the text. */
    void awaitLog(String text, Duration within) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (!output().contains(text)) {
            if (System.nanoTime() > deadline) {
                fail("no \"" + text + "\" in the log of the app on port " + port + " within " + within + ":\n"
                        + output());
            }
            Thread.sleep(250);
        }
    }

    /** Whether the process still runs (an OutOfMemoryError ends it where the JVM is told to exit on one). */
    boolean alive() {
        return process.isAlive();
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    String output() throws IOException {
        return Files.exists(log) ? Files.readString(log) : "";
    }

    /** The lines of the log at level ERROR. */
    List<String> errors() throws IOException {
        return output().lines().filter(line -> line.contains(" ERROR ")).toList();
    }

    /** Stops the app as Kubernetes would (SIGTERM), forcibly after a while. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
