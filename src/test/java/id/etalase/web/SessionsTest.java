package id.etalase.web;

import id.etalase.account.TestAccounts;
import id.etalase.common.PortalClock;
import id.etalase.common.Sql;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import static id.etalase.account.TestAccounts.PASSWORD;
import static id.etalase.account.TestAccounts.newPhone;
import static id.etalase.account.TestAccounts.stored;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sessions end on the server: logout, password change, reset, suspension, "everywhere", and their lifetime. */
@QuarkusTest
class SessionsTest {

    private static final String COOKIE = "etalase-session";

    @Inject
    Sql sql;

    @Test
    void changingThePasswordInOneBrowserLogsTheOtherOutAtItsNextRequest() {
        String phone = newPhone();
        FormClient first = registered("Dua Peramban Uji", phone);
        FormClient second = loggedIn(phone, PASSWORD);
        assertOpensAccount(first);
        assertOpensAccount(second);

        Response changed = first.submit("/akun/sandi", "/akun/sandi", Map.of("current", PASSWORD,
                "password", "sambal-tapis-pagi-hujan"));
        assertEquals(303, changed.statusCode(), changed.asString());
        assertOpensAccount(first);
        assertSentToLogin(second);
        assertEquals(1L, sql.count("select session_generation from account where phone = ?", stored(phone)));
        assertEquals(303, new FormClient().login(phone, "sambal-tapis-pagi-hujan").statusCode());
    }

    @Test
    void aCookieSavedBeforeLoggingOutOpensNothingAfterIt() {
        String phone = newPhone();
        FormClient otherBrowser = registered("Salinan Kuki Uji", phone);
        String session = loginCookie(phone);
        withCookie(session).get("/akun").then().statusCode(200);
        withCookie(session).get("/api/v1/me").then().statusCode(200);

        // The browser logs out; a copy of its cookie saved before (by a finder, a shared computer) no longer opens.
        Response page = withCookie(session).get("/akun");
        Matcher token = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"").matcher(page.asString());
        assertTrue(token.find(), page.asString());
        withCookie(session).cookie("csrf-token", page.getCookie("csrf-token"))
                .contentType("application/x-www-form-urlencoded").formParam("csrf-token", token.group(1))
                .post("/keluar").then().statusCode(303).header("Location", containsString("/masuk?pesan=keluar"));

        withCookie(session).get("/akun").then().statusCode(303).header("Location", containsString("/masuk"));
        withCookie(session).get("/api/v1/me").then().statusCode(401);
        assertOpensAccount(otherBrowser);
    }

    @Test
    void logoutOnAllDevicesEndsEverySessionOfTheAccount() {
        String phone = newPhone();
        FormClient phoneBrowser = registered("Semua Perangkat Uji", phone);
        FormClient lostPhone = loggedIn(phone, PASSWORD);
        String lostCookie = loginCookie(phone);
        assertTrue(phoneBrowser.get("/akun").asString().contains("Keluar dari semua perangkat"));

        Response out = phoneBrowser.submit("/akun", "/akun/keluar-semua", Map.of());
        assertEquals(303, out.statusCode());
        assertTrue(out.header("Location").endsWith("/masuk?pesan=keluar-semua"), out.header("Location"));
        assertSentToLogin(phoneBrowser);
        assertSentToLogin(lostPhone);
        withCookie(lostCookie).get("/api/v1/me").then().statusCode(401);
        assertEquals(303, new FormClient().login(phone, PASSWORD).statusCode(), "the password still works");
    }

    @Test
    void anAdminsResetLinkUsedByTheOwnerLogsEveryOtherBrowserOut() {
        String phone = newPhone();
        FormClient finder = registered("Ponsel Hilang Uji", phone);
        long id = memberId(phone);
        Response page = AdminPagesTest.admin().submit("/admin/anggota", "/admin/anggota/tautan-sandi",
                Map.of("id", String.valueOf(id)));
        Matcher link = Pattern.compile("sandi-baru\\?token=([A-Za-z0-9_-]{43})").matcher(page.asString());
        assertTrue(link.find(), page.asString());
        assertOpensAccount(finder);

        FormClient owner = new FormClient();
        Response reset = owner.submit("/sandi-baru?token=" + link.group(1), "/sandi-baru",
                Map.of("token", link.group(1), "password", "sambal-tapis-pagi-hujan"));
        assertEquals(303, reset.statusCode(), reset.asString());
        assertOpensAccount(owner);
        assertSentToLogin(finder);
    }

    @Test
    void aSuspendedMembersBrowsersAreLoggedOut() {
        String phone = newPhone();
        FormClient member = registered("Ditangguhkan Sesi Uji", phone);
        long id = memberId(phone);
        admin().queryParam("version", sql.single("select version from member where id = ?", id))
                .post("/api/v1/admin/members/" + id + "/approve").then().statusCode(200);
        assertOpensAccount(member);
        admin().body(Map.of("reason", "Produk palsu dilaporkan pembeli")).post("/api/v1/admin/members/" + id
                + "/suspend").then().statusCode(200);
        assertSentToLogin(member);
        assertEquals("suspended", sql.single("select status from member where id = ?", id));
    }

    @Test
    void aSessionEndsThirtyDaysAfterItsLoginHoweverMuchItIsUsed() {
        String phone = newPhone();
        FormClient browser = registered("Umur Sesi Uji", phone);
        assertOpensAccount(browser);
        QuarkusMock.installMockForType(new PortalClock() {
            @Override
            public Instant now() {
                return Instant.now().plus(Duration.ofDays(29));
            }
        }, PortalClock.class);
        assertOpensAccount(browser);
        QuarkusMock.installMockForType(new PortalClock() {
            @Override
            public Instant now() {
                return Instant.now().plus(Duration.ofDays(30)).plusSeconds(60);
            }
        }, PortalClock.class);
        assertSentToLogin(browser);
    }

    private static io.restassured.specification.RequestSpecification admin() {
        return given().auth().preemptive().basic(TestAccounts.ADMIN_PHONE, TestAccounts.ADMIN_PASSWORD)
                .contentType("application/json");
    }

    private static io.restassured.specification.RequestSpecification withCookie(String cookie) {
        return given().cookie(COOKIE, cookie).redirects().follow(false);
    }

    private long memberId(String phone) {
        return ((Number) sql.single("select id from member where whatsapp = ?", stored(phone))).longValue();
    }

    private static FormClient registered(String business, String phone) {
        FormClient browser = new FormClient();
        Response answer = browser.submit("/daftar", "/daftar", AccountPagesTest.registration(business, phone));
        assertEquals(303, answer.statusCode(), answer.asString());
        return browser;
    }

    private static FormClient loggedIn(String phone, String password) {
        FormClient browser = new FormClient();
        assertEquals(303, browser.login(phone, password).statusCode());
        return browser;
    }

    private static String loginCookie(String phone) {
        Response answer = new FormClient().login(phone, PASSWORD);
        assertEquals(303, answer.statusCode());
        return answer.getCookie(COOKIE);
    }

    private static void assertOpensAccount(FormClient browser) {
        browser.get("/akun").then().statusCode(200).body(containsString("/keluar"));
    }

    private static void assertSentToLogin(FormClient browser) {
        browser.get("/akun").then().statusCode(303).header("Location", containsString("/masuk?lanjut=%2Fakun"));
    }
}
