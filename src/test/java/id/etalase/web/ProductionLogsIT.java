package id.etalase.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packaged app in the production profile logs one JSON object per line, each request's lines with its id, and
 * never a whole phone number.
 */
class ProductionLogsIT {

    static final String PHONE = "081277771234";

    @Test
    void productionLogsAreJsonLinesWithTheRequestIdAndNoPhoneNumber() throws Exception {
        assertTrue(Files.exists(ProductionSettingsIT.APP), "the app is packaged before the ITs run");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path output = Files.createTempFile("etalase-logs", ".txt");
        output.toFile().deleteOnExit();
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", ProductionSettingsIT.APP.toString()).redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().keySet().removeIf(key -> key.startsWith("DB_") || key.startsWith("QUARKUS_")
                || List.of("LOG_JSON", "DEMO_DATA", "ADMIN_PHONE", "ADMIN_PASSWORD", "PROXY_ADDRESS_FORWARDING",
                        "TRUSTED_PROXIES").contains(key));
        String dbUrl = System.getenv().getOrDefault("DB_TEST_URL", ProductionSettingsIT.DB_URL);
        builder.environment().putAll(Map.of("DB_URL", dbUrl, "DB_USER", "etalase", "DB_PASSWORD", "etalase",
                "PUBLIC_URL", "https://etalase.example", "ENQUIRY_SALT", ProductionSettingsIT.randomSecret(), "SESSION_KEY",
                ProductionSettingsIT.randomSecret(),
                "ES_HOSTS", "127.0.0.1:1", "PORT", String.valueOf(port)));
        Process app = builder.start();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        String base = "http://127.0.0.1:" + port;
        try {
            awaitLive(http, base, app, output);
            HttpResponse<String> refused = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/me"))
                    .header("X-Request-Id", "login-abc123")
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((PHONE
                            + ":salah-sandi-123").getBytes(StandardCharsets.UTF_8)))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(401, refused.statusCode());
            assertEquals("login-abc123", refused.headers().firstValue("X-Request-Id").orElse(null));
        } finally {
            app.destroy();
            if (!app.waitFor(30, TimeUnit.SECONDS)) {
                app.destroyForcibly();
            }
        }

        String text = Files.readString(output);
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                lines.add(json.readTree(line)); // every line is one JSON object
            }
        }
        JsonNode refusal = lines.stream().filter(line -> line.path("message").asText().startsWith("Login refused"))
                .findFirst().orElseThrow(() -> new AssertionError("no refusal logged:\n" + text));
        assertEquals("login-abc123", refusal.path("mdc").path("requestId").asText(), refusal.toString());
        assertEquals("id.etalase.account.AccountService", refusal.path("loggerName").asText());
        assertFalse(text.contains("77771234") || text.contains("7777-1234"), "a whole phone number in:\n" + text);
        assertTrue(lines.stream().anyMatch(line -> line.path("message").asText().contains("started in")),
                "the start-up line is JSON too");
    }

    private static void awaitLive(HttpClient http, String base, Process app, Path output) throws Exception {
        for (int i = 0; i < 240; i++) {
            if (!app.isAlive()) {
                throw new AssertionError("the app stopped:\n" + Files.readString(output));
            }
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(base + "/q/health/live")).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the app did not start:\n" + Files.readString(output));
    }
}
