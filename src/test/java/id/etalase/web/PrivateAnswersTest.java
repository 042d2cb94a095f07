package id.etalase.web;

import id.etalase.account.TestAccounts;
import id.etalase.common.Sql;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every answer of a private route (each one the resources declare under /akun, /admin, /api/v1/me, /api/v1/admin,
 * /sandi-baru), to a visitor, a member and an admin, whatever its status, says Cache-Control: no-store, and a page
 * Vary: Cookie; so does any answer to a signed-in request.
 */
@QuarkusTest
class PrivateAnswersTest {

    static final List<String> PRIVATE = List.of("/akun", "/admin", "/api/v1/me", "/api/v1/admin", "/sandi-baru");

    @Inject
    Sql sql;

    @Inject
    TestMembers testMembers;


    static List<Routes.Route> privateRoutes() {
        return Routes.all().stream().filter(r -> PRIVATE.stream().anyMatch(r::under)).toList();
    }

    @Test
    void theRouteTableHoldsThePrivateRoutes() {
        List<String> routes = privateRoutes().stream().map(r -> r.method() + " " + r.sample()).toList();
        for (String expected : List.of("GET /akun", "GET /akun/laporan/pdf", "GET /admin/laporan", "GET /api/v1/me",
                "GET /api/v1/admin/reports", "GET /sandi-baru", "POST /akun/ajukan")) {
            assertTrue(routes.contains(expected), expected + " in " + routes);
        }
    }

    @Test
    void everyPrivateAnswerIsNeverStored() {
        TestMembers.Owner member = testMembers.approved("Toko Tanpa Simpan " + System.nanoTime());
        FormClient admin = AdminPagesTest.admin();
        Map<String, Supplier<RequestSpecification>> callers = new LinkedHashMap<>();
        callers.put("visitor", () -> given().redirects().follow(false));
        callers.put("member", () -> member.browser().request());
        callers.put("admin", admin::request);
        callers.put("member (Basic)", () -> given().redirects().follow(false).auth().preemptive()
                .basic(TestAccounts.stored(member.phone()), TestAccounts.PASSWORD));
        callers.put("admin (Basic)", () -> given().redirects().follow(false).auth().preemptive()
                .basic(TestAccounts.stored(TestAccounts.ADMIN_PHONE), TestAccounts.ADMIN_PASSWORD));
        List<String> cacheable = new ArrayList<>();
        int answers = 0;
        for (Routes.Route route : privateRoutes()) {
            for (Map.Entry<String, Supplier<RequestSpecification>> caller : callers.entrySet()) {
                // Writes go without a body or token: refused, and the refusal is private too.
                Response answer = caller.getValue().get().request(route.method(), route.sample());
                answers++;
                String cacheControl = answer.header("Cache-Control");
                String vary = answer.header("Vary");
                if (!"no-store".equals(cacheControl)) {
                    cacheable.add(route + " as " + caller.getKey() + ": " + answer.statusCode()
                            + " Cache-Control " + cacheControl);
                } else if (!route.template().startsWith("/api/") && answer.headers().getValues("Vary").stream()
                        .noneMatch(v -> v.contains("Cookie"))) {
                    cacheable.add(route + " as " + caller.getKey() + ": no Vary: Cookie (" + vary + ")");
                }
            }
        }
        assertTrue(answers > 100, "every route, every caller: " + answers);
        assertEquals(List.of(), cacheable);
    }

    @Test
    void aSignedInRequestIsNeverStoredAndAPublicFileOnlyByTheBrowser() {
        FormClient admin = AdminPagesTest.admin();
        assertNull(given().get("/").header("Cache-Control"), "a visitor's home page may be cached");
        assertEquals("no-store", admin.get("/").header("Cache-Control"), "it may carry the session's renewal");
        assertEquals("no-store", admin.get("/api/v1/products").header("Cache-Control"));
        assertEquals("no-store", given().auth().preemptive().basic(TestAccounts.stored(TestAccounts.ADMIN_PHONE),
                TestAccounts.ADMIN_PASSWORD).get("/api/v1/sectors").header("Cache-Control"));
        String css = "/tema.css?v=1";
        String shared = given().get(css).header("Cache-Control");
        assertTrue(shared != null && shared.contains("public"), shared);
        assertEquals(shared.replace("public", "private"), admin.get(css).header("Cache-Control"));
    }
}
