package id.etalase.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packaged app in the production profile refuses to start on missing or unsafe settings instead of falling back
 * to the development ones (a local database account, plain http in every QR code, a public salt).
 */
class ProductionSettingsIT {

    static final Path APP = Path.of("target/quarkus-app/quarkus-run.jar");
    static final String DB_URL = "jdbc:mysql://127.0.0.1:3306/etalase_test?sslMode=DISABLED"
            + "&allowPublicKeyRetrieval=true";
    static final Map<String, String> SAFE = Map.of("DB_URL", DB_URL, "DB_USER", "etalase", "DB_PASSWORD", "etalase",
            "PUBLIC_URL", "https://etalase.example", "ENQUIRY_SALT", "x".repeat(40), "SESSION_KEY", "k".repeat(40),
            "ES_HOSTS", "127.0.0.1:1",
            // a database the app must not migrate: the check fails before Flyway would run
            "QUARKUS_FLYWAY_MIGRATE_AT_START", "false", "QUARKUS_HTTP_PORT", "0");

    @Test
    void withoutDatabaseSettingsTheAppDoesNotStart() throws Exception {
        String output = refusedStart(Map.of("PUBLIC_URL", "https://etalase.example", "ENQUIRY_SALT", "x".repeat(40),
                "SESSION_KEY", "k".repeat(40)));
        assertTrue(output.contains("quarkus.datasource.jdbc.url"), output);
    }

    @Test
    void withAPlainHttpPublicAddressTheAppDoesNotStart() throws Exception {
        String output = refusedStart(with("PUBLIC_URL", "http://etalase.example"));
        assertTrue(output.contains("PUBLIC_URL must be the portal's https:// address"), output);
    }

    @Test
    void withoutAPublicAddressTheAppDoesNotStart() throws Exception {
        Map<String, String> env = new java.util.HashMap<>(SAFE);
        env.remove("PUBLIC_URL");
        assertTrue(refusedStart(env).contains("PUBLIC_URL"));
    }

    @Test
    void withTheDevelopmentOrAShortSaltTheAppDoesNotStart() throws Exception {
        assertTrue(refusedStart(with("ENQUIRY_SALT", "dev-only-salt")).contains("ENQUIRY_SALT must be set"));
        assertTrue(refusedStart(with("ENQUIRY_SALT", "short")).contains("ENQUIRY_SALT must be set"));
    }

    @Test
    void withTheDevelopmentOrAShortSessionKeyTheAppDoesNotStart() throws Exception {
        assertTrue(refusedStart(with("SESSION_KEY", "dev-and-test-session-key-not-secret"))
                .contains("SESSION_KEY must be set"));
        assertTrue(refusedStart(with("SESSION_KEY", "short")).contains("SESSION_KEY must be set"));
    }

    @Test
    void forwardingWithoutTrustedProxiesDoesNotStart() throws Exception {
        assertTrue(refusedStart(with("PROXY_ADDRESS_FORWARDING", "true")).contains("needs TRUSTED_PROXIES"));
    }

    private static Map<String, String> with(String key, String value) {
        Map<String, String> env = new java.util.HashMap<>(SAFE);
        env.put(key, value);
        return env;
    }

    /** Starts the packaged app with only these settings and answers what it printed; fails if it kept running. */
    private static String refusedStart(Map<String, String> settings) throws IOException, InterruptedException {
        assertTrue(Files.exists(APP), "the app is packaged before the ITs run");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", APP.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().keySet().removeIf(key -> key.startsWith("DB_") || key.startsWith("QUARKUS_")
                || List.of("PUBLIC_URL", "ENQUIRY_SALT", "SESSION_KEY", "ADMIN_PHONE", "ADMIN_PASSWORD", "ES_HOSTS",
                        "PROXY_ADDRESS_FORWARDING", "TRUSTED_PROXIES")
                        .contains(key));
        builder.environment().putAll(settings);
        Process app = builder.start();
        boolean ended = app.waitFor(60, TimeUnit.SECONDS);
        if (!ended) {
            app.destroyForcibly();
        }
        String output = new String(app.getInputStream().readAllBytes());
        assertTrue(ended, "the app kept running:\n" + output);
        assertNotEquals(0, app.exitValue(), output);
        return output;
    }
}
