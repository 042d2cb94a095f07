package id.etalase.web;

import id.etalase.account.AccountService;
import id.etalase.account.TestAccounts;
import id.etalase.common.Sql;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import static id.etalase.account.TestAccounts.PASSWORD;
import static id.etalase.account.TestAccounts.newPhone;
import static id.etalase.account.TestAccounts.stored;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class AccountPagesTest {

    @Inject
    Sql sql;

    @Inject
    AccountService accounts;


    static Map<String, String> registration(String business, String phone) {
        Map<String, String> form = new HashMap<>(Map.of("businessName", business, "ownerName", "Siti Aminah",
                "whatsapp", phone, "sector", "kuliner", "district", "18.71", "password", PASSWORD));
        return form;
    }

    @Test
    void aNewMemberRegistersIsLoggedInAndWaitsForApprovalWithNothingPublic() {
        FormClient browser = new FormClient();
        String phone = newPhone();
        Response answer = browser.submit("/daftar", "/daftar", registration("Keripik Daftar Uji", phone));
        assertEquals(303, answer.statusCode(), answer.asString());
        assertEquals("/akun/produk/baru?pesan=terdaftar",
                answer.header("Location").replaceFirst("^https?://[^/]+", ""), "on to the first product at once");
        String cookie = answer.getCookie("etalase-session");
        assertTrue(cookie != null && !cookie.isBlank(), "logged in at once");
        assertTrue(answer.header("Set-Cookie").toLowerCase().contains("httponly"), answer.header("Set-Cookie"));
        assertTrue(answer.header("Set-Cookie").contains("SameSite=Lax"), answer.header("Set-Cookie"));

        List<Object> member = sql.row("select m.status, m.whatsapp, m.slug, m.scale from member m"
                + " where m.whatsapp = ?", stored(phone));
        assertEquals(List.of("pending", stored(phone)), member.subList(0, 2));
        List<Object> account = sql.row("select a.role, a.password_hash, a.phone from account a join member m"
                + " on m.id = a.member_id where m.whatsapp = ?", stored(phone));
        assertEquals("member", account.get(0));
        String hash = (String) account.get(1);
        assertTrue(hash.matches("\\$2[aby]\\$\\d\\d\\$.{53}"), "bcrypt: " + hash);
        assertFalse(hash.contains(PASSWORD));
        assertEquals(stored(phone), account.get(2), "the WhatsApp number is the login name");

        browser.get("/akun/produk/baru?pesan=terdaftar").then().statusCode(200)
                .body(containsString("Pendaftaran diterima dan menunggu persetujuan admin"))
                .body(containsString("tambahkan produk pertama Anda"))
                .body(containsString("<option value=\"kuliner\" selected>"));
        browser.get("/akun").then().statusCode(200)
                .body(containsString("Keripik Daftar Uji"))
                .body(containsString("menunggu persetujuan admin"));
        given().when().get("/api/v1/members/{slug}", member.get(2)).then().statusCode(404);
        given().when().get("/anggota/{slug}", member.get(2)).then().statusCode(404);
    }

    @Test
    void theRegistrationFormOffersEverySectorAsOneTapAndStartsAtTheDistrictMostMembersAreIn() {
        Object home = sql.single("select d.code from member m join district d on d.id = m.district_id"
                + " where m.status = 'active' group by d.code order by count(*) desc, d.code limit 1");
        List<String> sectors = sql.column("select slug from sector").stream().map(String::valueOf).sorted().toList();
        String page = given().when().get("/daftar").then().statusCode(200).extract().asString();
        List<String> offered = java.util.regex.Pattern.compile("<input type=\"radio\" name=\"sector\" value=\"([^\"]+)\"")
                .matcher(page).results().map(m -> m.group(1)).sorted().toList();
        assertEquals(sectors, offered, "every sector a chip");
        assertFalse(page.contains("name=\"sector\" value=\"kuliner\" checked"), "no sector chosen for her");
        assertTrue(page.contains("<option value=\"" + home + "\" selected>"), "district " + home + " chosen");
    }

    @Test
    void aBrokenRegistrationComesBackWithWhatWasTypedAndAMessageBesideEachFieldAndSavesNothing() {
        long members = sql.count("select count(*) from member");
        long accountsBefore = sql.count("select count(*) from account");
        Map<String, String> form = registration(" ", "(0721) 781234");
        form.put("ownerName", "Budi <b>Santoso</b>");
        form.put("password", "pendek");
        form.put("sector", "perhiasan");
        Response answer = new FormClient().submit("/daftar", "/daftar", form);
        assertEquals(400, answer.statusCode());
        String html = answer.asString();
        assertTrue(html.contains("Nomor WhatsApp harus nomor HP Indonesia"), html);
        assertTrue(html.contains("Kata sandi paling sedikit 8 huruf atau angka."), html);
        assertTrue(html.contains("Pilih sektor usaha dari daftar."), html);
        assertTrue(html.contains("id=\"businessName-error\""), "business name is required");
        assertTrue(html.contains("value=\"(0721) 781234\""), "the number as typed");
        assertTrue(html.contains("value=\"Budi &lt;b&gt;Santoso&lt;/b&gt;\""), "kept and escaped");
        assertFalse(html.contains("value=\"pendek\""), "a password is never sent back");
        assertEquals(members, sql.count("select count(*) from member"));
        assertEquals(accountsBefore, sql.count("select count(*) from account"));
    }

    @Test
    void aNumberCanRegisterOnlyOnce() {
        String phone = newPhone();
        assertEquals(303, new FormClient().submit("/daftar", "/daftar", registration("Kopi Sekali", phone))
                .statusCode());
        Response again = new FormClient().submit("/daftar", "/daftar", registration("Kopi Dua Kali",
                "+62 " + phone.substring(1)));
        assertEquals(400, again.statusCode());
        assertTrue(again.asString().contains("Nomor WhatsApp ini sudah terdaftar"));
        assertEquals(0, sql.count("select count(*) from member where business_name = 'Kopi Dua Kali'"));
    }

    @Test
    void loggingInAndOutWithTheNumberInAnyFormat() {
        String phone = newPhone();
        new FormClient().submit("/daftar", "/daftar", registration("Sambal Masuk Uji", phone));
        FormClient browser = new FormClient();
        browser.get("/akun").then().statusCode(303).header("Location", containsString("/masuk?lanjut=%2Fakun"));

        Response wrong = browser.login(phone, "salah-sandi-123");
        assertEquals(401, wrong.statusCode());
        assertTrue(wrong.asString().contains("Nomor WhatsApp atau kata sandi salah."));
        assertTrue(wrong.asString().contains("value=\"" + phone + "\""), "the number stays typed");

        Response right = browser.submit("/masuk?lanjut=/akun/sandi", "/masuk", Map.of("whatsapp",
                "+62 " + phone.substring(1, 4) + "-" + phone.substring(4), "password", PASSWORD, "lanjut",
                "/akun/sandi"));
        assertEquals(303, right.statusCode());
        assertTrue(right.header("Location").endsWith("/akun/sandi"), "back where the member wanted to go");
        browser.get("/akun").then().statusCode(200).body(containsString("Sambal Masuk Uji"));

        Response out = browser.submit("/akun", "/keluar", Map.of());
        assertEquals(303, out.statusCode());
        browser.get("/akun").then().statusCode(303);
    }

    @Test
    void afterLoginOnlyAPathOnThisSiteIsFollowed() {
        String phone = newPhone();
        new FormClient().submit("/daftar", "/daftar", registration("Lanjut Aman Uji", phone));
        for (String next : List.of("https://evil.example/", "//evil.example/x", "/\\evil.example", "javascript:x")) {
            Response answer = new FormClient().submit("/masuk", "/masuk", Map.of("whatsapp", phone, "password",
                    PASSWORD, "lanjut", next));
            assertEquals(303, answer.statusCode());
            assertTrue(answer.header("Location").endsWith("/akun"), next + " → " + answer.header("Location"));
        }
    }

    @Test
    void aReturnAddressThatIsNoCleanPathIsIgnoredAndTheLoginStillSucceeds() {
        String phone = newPhone();
        new FormClient().submit("/daftar", "/daftar", registration("Lanjut Rusak Uji", phone));
        for (String next : List.of("/akun\"x", "/akun<x>", "/akun%", "/akun%zz", "/akun x", "/akun#frag",
                "/akun/\u00e9", "/akun\\x")) {
            FormClient browser = new FormClient();
            browser.get("/masuk?lanjut=" + java.net.URLEncoder.encode(next, java.nio.charset.StandardCharsets.UTF_8))
                    .then().statusCode(200).body(containsString("name=\"lanjut\" value=\"\""));
            Response answer = browser.submit("/masuk", "/masuk", Map.of("whatsapp", phone, "password", PASSWORD,
                    "lanjut", next));
            assertEquals(303, answer.statusCode(), next + ": " + answer.asString());
            assertTrue(answer.header("Location").endsWith("/akun"), next + " → " + answer.header("Location"));
            browser.get("/akun").then().statusCode(200).body(containsString("Lanjut Rusak Uji"));
        }
        Response withQuery = new FormClient().submit("/masuk", "/masuk", Map.of("whatsapp", phone, "password",
                PASSWORD, "lanjut", "/akun/laporan?month=2026-11&x=%C3%A9"));
        assertTrue(withQuery.header("Location").endsWith("/akun/laporan?month=2026-11&x=%C3%A9"),
                withQuery.header("Location"));
    }

    @Test
    void fiveWrongPasswordsFromOneClientLockThatClientOutOfTheAccountWithAPlainMessage() {
        String phone = newPhone();
        new FormClient().submit("/daftar", "/daftar", registration("Terkunci Uji", phone));
        FormClient browser = new FormClient();
        for (int i = 0; i < 5; i++) {
            assertEquals(401, browser.login(phone, "salah-" + i + "-sandi").statusCode());
        }
        Response locked = browser.login(phone, PASSWORD);
        assertEquals(429, locked.statusCode(), "even the right password waits, from this client");
        assertTrue(locked.asString().contains("Coba lagi dalam 15 menit"), locked.asString());
        int retryAfter = Integer.parseInt(locked.header("Retry-After"));
        assertTrue(retryAfter > 890 && retryAfter <= 901, locked.header("Retry-After"));

        sql.update("update login_throttle set window_started_at = window_started_at - interval 15 minute");
        assertEquals(303, browser.login(phone, PASSWORD).statusCode(), "open again when the window has passed");
        assertEquals(0, sql.count("select count(*) from login_throttle where throttle_key like ?",
                "pair:" + stored(phone) + ":%"), "a login that succeeds gives the client its tries back");
    }

    @Test
    void oneClientFailingOnManyNumbersIsSlowedButItsRightPasswordsStillGetIn() {
        String phone = newPhone();
        new FormClient().submit("/daftar", "/daftar", registration("Klien Ramai Uji", phone));
        FormClient sharedAddress = new FormClient();
        for (int i = 0; i < 25; i++) {
            assertEquals(401, sharedAddress.login(newPhone(), "tebak-" + i + "-sandi").statusCode());
        }
        // Everyone behind a carrier's address is this one client: the typos of the others lock nobody out.
        assertEquals(303, new FormClient().login(phone, PASSWORD).statusCode());
        assertTrue(sql.count("select max(tries) from login_throttle where throttle_key like 'client:%'") >= 25);
    }

    @Test
    void aGuessablePasswordIsAcceptedWithAdviceInTheReadersLanguage() {
        Map<String, String> form = registration("Saran Sandi Uji", newPhone());
        form.put("password", "bismillah123");
        FormClient browser = new FormClient();
        Response answer = browser.submit("/daftar", "/daftar", form);
        assertEquals(303, answer.statusCode(), "advice, not a refusal");
        String location = answer.header("Location").replaceFirst("^https?://[^/]+", "");
        assertEquals("/akun/produk/baru?pesan=terdaftar&saran=longer", location);
        browser.get(location).then().statusCode(200)
                .body(containsString("Saran: kata sandi ini masih mudah ditebak."));
        browser.get(location + "&lang=en").then().statusCode(200)
                .body(containsString("Advice: this password is still easy to guess."));
    }

    @Test
    void changingThePasswordNeedsTheCurrentOne() {
        String phone = newPhone();
        FormClient browser = new FormClient();
        browser.submit("/daftar", "/daftar", registration("Ganti Sandi Uji", phone));
        Response wrong = browser.submit("/akun/sandi", "/akun/sandi", Map.of("current", "bukan-ini-123",
                "password", "sandi-baru-456"));
        assertEquals(400, wrong.statusCode());
        assertTrue(wrong.asString().contains("Kata sandi sekarang tidak cocok."));
        Response right = browser.submit("/akun/sandi", "/akun/sandi", Map.of("current", PASSWORD,
                "password", "sandi-baru-456"));
        assertEquals(303, right.statusCode());
        assertEquals(401, new FormClient().login(phone, PASSWORD).statusCode());
        assertEquals(303, new FormClient().login(phone, "sandi-baru-456").statusCode());
    }

    @Test
    void aResetLinkWorksOnceWithin24Hours() {
        String phone = newPhone();
        new FormClient().submit("/daftar", "/daftar", registration("Lupa Sandi Uji", phone));
        long account = accountId(phone);
        long admin = accountId(TestAccounts.ADMIN_PHONE);
        String token = accounts.issueReset(account, admin);
        assertEquals(0, sql.count("select count(*) from password_reset where token_hash = ?", token),
                "only a hash is stored");

        FormClient browser = new FormClient();
        browser.get("/sandi-baru?token=" + token).then().statusCode(200)
                .body(containsString("Kata sandi baru"));
        Response reset = browser.submit("/sandi-baru?token=" + token, "/sandi-baru",
                Map.of("token", token, "password", "sandi-reset-789"));
        assertEquals(303, reset.statusCode());
        browser.get("/akun").then().statusCode(200);
        assertEquals(303, new FormClient().login(phone, "sandi-reset-789").statusCode());

        Response again = new FormClient().submit("/masuk", "/sandi-baru",
                Map.of("token", token, "password", "sandi-lain-000"));
        assertEquals(410, again.statusCode(), "used up");
        assertEquals(401, new FormClient().login(phone, "sandi-lain-000").statusCode());

        String expired = accounts.issueReset(account, admin);
        sql.update("update password_reset set expires_at = now(6) - interval 1 second where used_at is null");
        new FormClient().get("/sandi-baru?token=" + expired).then().statusCode(200)
                .body(containsString("sudah kedaluwarsa"));
        String replaced = accounts.issueReset(account, admin);
        accounts.issueReset(account, admin);
        new FormClient().get("/sandi-baru?token=" + replaced).then().body(containsString("sudah kedaluwarsa"));
    }

    @Test
    void formsWithoutTheirTokenOrFromAnotherSiteChangeNothing() {
        String phone = newPhone();
        long members = sql.count("select count(*) from member");
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParams(registration("Palsu Tanpa Token", phone))
                .when().post("/daftar").then().statusCode(400)
                .contentType(containsString("text/html"))
                .body(containsString("Formulir kedaluwarsa"))
                .body(containsString("muat ulang halaman"));
        FormClient browser = new FormClient();
        String token = browser.token("/daftar");
        browser.request().contentType("application/x-www-form-urlencoded").header("Origin", "https://evil.example")
                .formParam("csrf-token", token).formParams(registration("Palsu Situs Lain", phone))
                .when().post("/daftar").then().statusCode(403);
        browser.request().contentType("application/x-www-form-urlencoded").header("Sec-Fetch-Site", "cross-site")
                .formParam("csrf-token", token).formParams(registration("Palsu Situs Lain", phone))
                .when().post("/daftar").then().statusCode(403);
        assertEquals(members, sql.count("select count(*) from member"));

        FormClient member = new FormClient();
        member.submit("/daftar", "/daftar", registration("Korban CSRF Uji", phone));
        String hash = (String) sql.single("select password_hash from account where phone = ?", stored(phone));
        member.request().contentType("application/x-www-form-urlencoded")
                .formParam("current", PASSWORD).formParam("password", "dicuri-penyerang")
                .when().post("/akun/sandi").then().statusCode(400);
        member.request().contentType("application/x-www-form-urlencoded").header("Origin", "https://evil.example")
                .formParam("csrf-token", member.token("/akun/sandi")).formParam("current", PASSWORD)
                .formParam("password", "dicuri-penyerang").when().post("/akun/sandi").then().statusCode(403);
        assertEquals(hash, sql.single("select password_hash from account where phone = ?", stored(phone)));
        member.request().contentType("application/x-www-form-urlencoded").when().post("/keluar").then()
                .statusCode(400);
        member.get("/akun").then().statusCode(200);
    }

    @Test
    void theApiTakesTheSameAccountsByHttpBasicAndThrottlesThemToo() {
        String phone = newPhone();
        new FormClient().submit("/daftar", "/daftar", registration("Api Basic Uji", phone));
        given().auth().preemptive().basic(stored(phone), PASSWORD).when().get("/api/v1/me").then()
                .statusCode(200)
                .body("phone", equalTo(stored(phone)))
                .body("role", equalTo("member"))
                .body("member.card.name", equalTo("Api Basic Uji"))
                .body("member.status", equalTo("pending"));
        given().when().get("/api/v1/me").then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Basic"))
                .body("title", equalTo("Perlu masuk"));
        given().auth().preemptive().basic(stored(phone), "salah-sandi-1").when().get("/api/v1/me").then()
                .statusCode(401)
                .contentType("application/problem+json");
        for (int i = 2; i <= 5; i++) {
            given().auth().preemptive().basic(stored(phone), "salah-sandi-" + i).when().get("/api/v1/me").then()
                    .statusCode(401);
        }
        String wait = given().auth().preemptive().basic(stored(phone), PASSWORD).when().get("/api/v1/me").then()
                .statusCode(429)
                .contentType("application/problem+json")
                .body("title", equalTo("Terlalu banyak permintaan"))
                .body("detail", containsString("Tunggu"))
                .extract().header("Retry-After");
        assertTrue(Integer.parseInt(wait) > 0, wait);
    }

    @Test
    void publicPagesSetNoCookieSoTheyStayCacheable() {
        for (String path : List.of("/", "/cari?q=kopi", "/kategori/kuliner")) {
            given().when().get(path).then().statusCode(200).header("Set-Cookie", org.hamcrest.Matchers.nullValue());
        }
    }

    @Test
    void theFirstAdminComesFromConfigurationOnce() {
        assertEquals(1, sql.count("select count(*) from account where phone = ? and role = 'admin'"
                + " and member_id is null", stored(TestAccounts.ADMIN_PHONE)));
        assertTrue(accounts.ensureAdmin(TestAccounts.ADMIN_PHONE, "another-password-1").isEmpty());
        assertEquals(303, new FormClient().login(TestAccounts.ADMIN_PHONE, TestAccounts.ADMIN_PASSWORD).statusCode());
        assertNotEquals(303, new FormClient().login(TestAccounts.ADMIN_PHONE, "another-password-1").statusCode());
    }

    @Test
    void oneDemoMemberCanLogInToTryTheMembersSide() {
        FormClient browser = new FormClient();
        assertEquals(303, browser.login("0812-0000-0001", "demo-anggota-uji").statusCode());
        browser.get("/akun").then().statusCode(200)
                .body(containsString("Usaha Anda aktif di portal ini."))
                .body(containsString("Lihat halaman toko"));
        assertEquals("6281200000001", sql.single("select m.whatsapp from member m join account a"
                + " on a.member_id = m.id where a.phone = '6281200000001'"), "the login is its WhatsApp number");
    }

    private long accountId(String phone) {
        return ((Number) sql.single("select id from account where phone = ?", stored(phone))).longValue();
    }
}
