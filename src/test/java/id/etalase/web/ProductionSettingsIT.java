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
            "PUBLIC_URL", "https://etalase.example", "ENQUIRY_SALT", randomSecret(), "SESSION_KEY", randomSecret(),
            "ES_HOSTS", "127.0.0.1:1",
            // a database the app must not migrate: the check fails before Flyway would run
            "QUARKUS_FLYWAY_MIGRATE_AT_START", "false", "QUARKUS_HTTP_PORT", "0");

    @Test
    void withoutDatabaseSettingsTheAppDoesNotStart() throws Exception {
        String output = refusedStart(Map.of("PUBLIC_URL", "https://etalase.example", "ENQUIRY_SALT", randomSecret(),
                "SESSION_KEY", randomSecret()));
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
        assertTrue(refusedStart(with("ENQUIRY_SALT", "dev-only-salt")).contains("ENQUIRY_SALT has fewer than 32"));
        assertTrue(refusedStart(with("ENQUIRY_SALT", "short")).contains("ENQUIRY_SALT has fewer than 32"));
    }

    @Test
    void withTheDevelopmentOrAShortSessionKeyTheAppDoesNotStart() throws Exception {
        assertTrue(refusedStart(with("SESSION_KEY", "dev-and-test-session-key-not-secret"))
                .contains("SESSION_KEY is an example value"));
        assertTrue(refusedStart(with("SESSION_KEY", "short")).contains("SESSION_KEY has fewer than 32"));
    }

    /** The values k8s/secret.example.env once shipped were long enough to pass; anyone who read it could forge. */
    @Test
    void withTheExampleOrANonRandomSecretTheAppDoesNotStart() throws Exception {
        String example = "change-me-to-at-least-32-characters";
        assertTrue(refusedStart(with("SESSION_KEY", example)).contains("SESSION_KEY is an example value"));
        assertTrue(refusedStart(with("ENQUIRY_SALT", example)).contains("ENQUIRY_SALT is an example value"));
        assertTrue(refusedStart(with("SESSION_KEY", "k".repeat(40)))
                .contains("SESSION_KEY repeats too few different characters"));
        assertTrue(refusedStart(with("ENQUIRY_SALT", "kopi robusta lampung barat enak sekali"))
                .contains("ENQUIRY_SALT is made of words or patterns"));
    }

    @Test
    void withAGuessableFirstAdminPasswordTheAppDoesNotStart() throws Exception {
        Map<String, String> env = new java.util.HashMap<>(SAFE);
        env.put("ADMIN_PHONE", "0811-9000-0001");
        env.put("ADMIN_PASSWORD", "bismillah123");
        assertTrue(refusedStart(env).contains("ADMIN_PASSWORD is too easy to guess"));
    }

    @Test
    void forwardingWithoutTrustedProxiesDoesNotStart() throws Exception {
        assertTrue(refusedStart(with("PROXY_ADDRESS_FORWARDING", "true")).contains("needs TRUSTED_PROXIES"));
    }

    /** As the README says to make one: openssl rand -base64 33. */
    static String randomSecret() {
        byte[] bytes = new byte[33];
        new java.security.SecureRandom().nextBytes(bytes);
        return java.util.Base64.getEncoder().encodeToString(bytes);
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
