package id.etalase.web;

import id.etalase.account.TestAccounts;
import id.etalase.common.Sql;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One rule for every write outside the API: it is a form with its CSRF token, or it is refused (400, "the form has
 * expired"; 415 where the route does not take that type at all) before anything runs, a bodiless POST (log out,
 * resubmit, an admin action without fields) included.
 * Walks every write route the resources declare, as a signed-in admin and as a signed-in member, each holding a
 * valid token cookie, so that only the missing token can be the reason.
 */
@QuarkusTest
class FormWritesTest {

    @Inject
    Sql sql;

    @Inject
    TestMembers testMembers;


    static List<Routes.Route> formWrites() {
        return Routes.all().stream().filter(r -> r.isWrite() && !r.template().startsWith("/api/")).toList();
    }

    /** Ways a write can leave out the token. */
    static final Map<String, Function<RequestSpecification, RequestSpecification>> WITHOUT_TOKEN = Map.of(
            "no body", r -> r,
            "an empty form", r -> r.contentType("application/x-www-form-urlencoded"),
            "a form without the token", r -> r.contentType("application/x-www-form-urlencoded").formParam("id", "1"),
            "a multipart form without the token", r -> r.multiPart("id", "1"),
            "a text/plain body", r -> r.contentType("text/plain").body("id=1"),
            "a JSON body", r -> r.contentType("application/json").body("{\"id\":1}"));

    @Test
    void everyWriteOutsideTheApiWithoutItsTokenIsRefusedAndChangesNothing() {
        List<Routes.Route> routes = formWrites();
        List<String> names = routes.stream().map(r -> r.method() + " " + r.sample()).toList();
        for (String expected : List.of("POST /keluar", "POST /akun/ajukan", "POST /admin/kosakata/bangun-ulang",
                "POST /admin/komunitas/logo/hapus", "POST /masuk", "POST /laporkan")) {
            assertTrue(names.contains(expected), expected + " in " + names);
        }
        TestMembers.Owner member = testMembers.registered("Toko Tanpa Token " + System.nanoTime());
        FormClient admin = AdminPagesTest.admin();
        admin.token("/admin");
        member.browser().token("/akun");
        long audited = sql.count("select count(*) from audit_log");
        List<String> accepted = new ArrayList<>();
        for (Routes.Route route : routes) {
            // Each route as someone allowed to use it, so that only the token can be the reason for a refusal.
            FormClient browser = route.under("/admin") ? admin : member.browser();
            HttpResponse<String> bare = bare(route, browser);
            boolean bareRefused = bare.statusCode() == 415
                    || (bare.statusCode() == 400 && bare.body().contains("Formulir kedaluwarsa"));
            if (!bareRefused) {
                accepted.add(route + " with no body nor type: " + bare.statusCode());
            }
            for (Map.Entry<String, Function<RequestSpecification, RequestSpecification>> way
                    : WITHOUT_TOKEN.entrySet()) {
                Response answer = way.getValue().apply(browser.request().header("Accept-Language", "id"))
                        .request(route.method(), route.sample());
                // A type the route does not take (415) does not even reach the method.
                boolean typeRefused = answer.statusCode() == 415;
                boolean tokenRefused = answer.statusCode() == 400
                        && answer.asString().contains("Formulir kedaluwarsa");
                if (!typeRefused && !tokenRefused) {
                    accepted.add(route + " with " + way.getKey() + ": " + answer.statusCode());
                }
            }
        }
        assertEquals(List.of(), accepted);
        // Nothing ran: both are still signed in (no POST /keluar went through), nothing was decided.
        admin.get("/admin").then().statusCode(200);
        member.browser().get("/akun").then().statusCode(200);
        assertEquals(audited, sql.count("select count(*) from audit_log"));
    }

    @Test
    void anApiWriteOnTheSessionCookieAloneMustSendABodyNoFormCanSend() {
        TestMembers.Owner member = testMembers.approved("Toko Api Kuki " + System.nanoTime());
        FormClient admin = AdminPagesTest.admin();
        long audited = sql.count("select count(*) from audit_log");
        long products = sql.count("select count(*) from product where member_id = ?", member.memberId());
        List<Routes.Route> routes = Routes.all().stream().filter(r -> r.isWrite()
                && (r.under("/api/v1/admin") || r.under("/api/v1/me"))).toList();
        assertTrue(routes.size() > 10, routes.toString());
        List<String> accepted = new ArrayList<>();
        for (Routes.Route route : routes) {
            FormClient browser = route.under("/api/v1/admin") ? admin : member.browser();
            HttpResponse<String> bare = bare(route, browser);
            if (bare.statusCode() != 400 && bare.statusCode() != 415) {
                accepted.add(route + " with no body nor type: " + bare.statusCode());
            }
            for (String way : List.of("a text/plain body", "a form without the token", "no body")) {
                Response answer = WITHOUT_TOKEN.get(way).apply(browser.request()).request(route.method(),
                        route.sample());
                if (answer.statusCode() != 400 && answer.statusCode() != 415) {
                    accepted.add(route + " with " + way + ": " + answer.statusCode());
                }
            }
        }
        assertEquals(List.of(), accepted);
        assertEquals(audited, sql.count("select count(*) from audit_log"), "no decision ran");
        assertEquals(products, sql.count("select count(*) from product where member_id = ?", member.memberId()));
        // With its own credentials an API client needs no token: the rule is for the browser's cookie.
        // (Bare, as API clients send it: a form type with no body is refused by quarkus-rest-csrf itself.)
        String basic = "Basic " + java.util.Base64.getEncoder().encodeToString((TestAccounts.stored(
                TestAccounts.ADMIN_PHONE) + ":" + TestAccounts.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> approved = send(HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":"
                + RestAssured.port + "/api/v1/admin/members/" + member.memberId() + "/approve?version="
                + sql.single("select version from member where id = ?", member.memberId())))
                .header("Authorization", basic).header("Cookie", admin.cookieHeader())
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(409, approved.statusCode(), "reached the decision: the member is active already; "
                + approved.body());
    }

    /** A POST with neither body nor Content-Type, as a script (or a form-less fetch) can send it. */
    static HttpResponse<String> bare(Routes.Route route, FormClient browser) {
        return send(HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port
                + route.sample())).header("Cookie", browser.cookieHeader()).header("Accept-Language", "id")
                .method(route.method(), HttpRequest.BodyPublishers.noBody()).build());
    }

    static HttpResponse<String> send(HttpRequest request) {
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theSameFormsWithTheirTokenStillGoThrough() {
        TestMembers.Owner member = testMembers.registered("Toko Dengan Token " + System.nanoTime());
        Response out = member.browser().submit("/akun", "/keluar", Map.of());
        assertEquals(303, out.statusCode(), out.asString());
        member.browser().get("/akun").then().statusCode(303);
    }
}
