package id.etalase.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The API document describes the JSON API alone, well enough for a generated client: what Redocly's recommended
 * rules ask (operation ids, 4xx answers, servers, licence, security), checked here and by Redocly itself when npx
 * can run it.
 */
@QuarkusTest
@TestProfile(OpenApiDocumentTest.PublicAddress.class)
class OpenApiDocumentTest {

    /** A real public address, as production has; Redocly flags localhost servers. */
    public static class PublicAddress implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("etalase.portal.public-url", "https://etalase.contoh.id");
        }
    }

    static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    JsonNode document() throws IOException {
        return new ObjectMapper().readTree(given().queryParam("format", "json").when().get("/q/openapi").then()
                .statusCode(200).extract().asString());
    }

    @Test
    void everyOperationIsAnApiOperationWithAnIdItsProblemsAndItsSecurity() throws IOException {
        JsonNode api = document();
        List<String> faults = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int operations = 0;
        for (var path : (Iterable<Map.Entry<String, JsonNode>>) api.get("paths")::fields) {
            if (!path.getKey().startsWith("/api/v1/")) {
                faults.add(path.getKey() + " is not JSON API");
            }
            for (var operation : (Iterable<Map.Entry<String, JsonNode>>) path.getValue()::fields) {
                if (!METHODS.contains(operation.getKey())) {
                    continue;
                }
                operations++;
                String name = operation.getKey() + " " + path.getKey();
                JsonNode op = operation.getValue();
                if (!op.hasNonNull("operationId") || !ids.add(op.get("operationId").asText())) {
                    faults.add(name + ": no unique operationId");
                }
                boolean problem = false;
                for (var response : (Iterable<Map.Entry<String, JsonNode>>) op.get("responses")::fields) {
                    problem |= response.getKey().startsWith("4") && response.getValue().path("content")
                            .path("application/problem+json").path("schema").path("$ref").asText()
                            .equals("#/components/schemas/Problem");
                }
                if (!problem) {
                    faults.add(name + ": no 4xx problem answer");
                }
                if (!op.has("security")) {
                    faults.add(name + ": security not said");
                }
                boolean protectedPath = path.getKey().equals("/api/v1/me") || path.getKey().startsWith("/api/v1/me/")
                        || path.getKey().startsWith("/api/v1/admin/");
                if (protectedPath && !op.path("security").toString().contains("basicAuth")) {
                    faults.add(name + ": needs a login but does not say so");
                }
            }
        }
        assertEquals(List.of(), faults);
        assertTrue(operations >= 25, "the API's operations are all there: " + operations);
        assertEquals("https://etalase.contoh.id", api.path("servers").path(0).path("url").asText());
        assertEquals("Apache 2.0", api.path("info").path("license").path("name").asText());
        assertEquals("basic", api.path("components").path("securitySchemes").path("basicAuth").path("scheme")
                .asText());
        for (JsonNode tag : api.path("tags")) {
            assertTrue(tag.hasNonNull("description"), tag.toString());
        }
    }

    @Test
    void redoclysRecommendedRulesPass() throws Exception {
        Path file = Path.of("target/openapi.json");
        Files.writeString(file, document().toPrettyString());
        Process lint;
        try {
            lint = new ProcessBuilder("npx", "--yes", "@redocly/cli@2.77.0", "lint", file.toString(),
                    "--format=summary").redirectErrorStream(true).start();
        } catch (IOException e) {
            Assumptions.abort("npx is not installed here; the structure test above checks the same rules");
            return;
        }
        boolean ended = lint.waitFor(5, TimeUnit.MINUTES);
        String output = new String(lint.getInputStream().readAllBytes());
        Assumptions.assumeFalse(output.contains("ENOTFOUND") || output.contains("EAI_AGAIN"),
                "the npm registry cannot be reached: " + output);
        assertTrue(ended, "redocly ran too long");
        assertEquals(0, lint.exitValue(), output);
        assertTrue(output.contains("Your API description is valid"), output);
        assertTrue(!java.util.regex.Pattern.compile("(?m)^(error|warning)\\s").matcher(output).find(), output);
    }
}
