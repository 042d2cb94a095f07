package id.etalase.web;

import id.etalase.account.TestAccounts;
import id.etalase.common.Sql;
import id.etalase.testing.Listings;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import static id.etalase.account.TestAccounts.PASSWORD;
import static id.etalase.account.TestAccounts.newPhone;
import static id.etalase.account.TestAccounts.stored;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A member changes the business's WhatsApp number: asked for with the password, confirmed by an admin who can chat to
 * the new number first; until then the old number stays for logging in and for shoppers' chats.
 */
@QuarkusTest
class WhatsappChangeTest {

    @Inject
    TestMembers testMembers;

    @Inject
    Listings listings;

    @Inject
    Sql sql;

    @Test
    void aNewNumberAskedForWithThePasswordTakesEffectWhenAnAdminConfirmsIt() {
        TestMembers.Owner owner = testMembers.approved("Ganti Nomor Uji " + System.nanoTime() % 100000);
        Listings.Listed product = listings.published(owner.memberId(), "Kopi Ganti Nomor", null, 30000L, null,
                "kuliner");
        String old = stored(owner.phone());
        String wanted = newPhone();
        FormClient member = owner.browser();

        String form = member.get("/akun/nomor").then().statusCode(200).extract().asString();
        assertTrue(form.contains("Nomor yang dipakai sekarang: " + local(old) + "."), form);

        Response refused = member.submit("/akun/nomor", "/akun/nomor", Map.of("whatsapp", "12345", "password",
                "bukan-sandinya"));
        assertEquals(400, refused.statusCode());
        String page = refused.asString();
        assertTrue(page.contains("Nomor WhatsApp harus nomor HP Indonesia"), page);
        assertTrue(page.contains("Kata sandi sekarang tidak cocok."), page);
        assertTrue(page.contains("value=\"12345\""), "what was typed comes back");
        assertTrue(member.submit("/akun/nomor", "/akun/nomor", Map.of("whatsapp", owner.phone(), "password",
                PASSWORD)).asString().contains("Ini nomor yang sedang Anda pakai."));
        assertTrue(member.submit("/akun/nomor", "/akun/nomor", Map.of("whatsapp", TestAccounts.ADMIN_PHONE,
                "password", PASSWORD)).asString().contains("Nomor WhatsApp ini sudah terdaftar."));
        assertEquals(Arrays.asList(old, null), state(owner), "nothing asked for yet");

        Response asked = member.submit("/akun/nomor", "/akun/nomor", Map.of("whatsapp", wanted, "password", PASSWORD));
        assertEquals(303, asked.statusCode(), asked.asString());
        assertTrue(asked.header("Location").endsWith("/akun?pesan=nomor-diminta"));
        assertEquals(Arrays.asList(old, stored(wanted)), state(owner), "asked for; the old number in use");
        String dashboard = member.get("/akun?pesan=nomor-diminta").asString();
        assertTrue(dashboard.contains("Permintaan ganti nomor terkirim."), dashboard);
        assertTrue(dashboard.contains("Nomor baru " + local(stored(wanted)) + " menunggu konfirmasi admin."));
        assertEquals(401, new FormClient().login(wanted, PASSWORD).statusCode(), "not yet a login");
        assertTrue(chatOf(product).startsWith("https://wa.me/" + old + "?"), "shoppers still reach the old number");

        FormClient admin = AdminPagesTest.admin();
        String queue = admin.get("/admin").asString();
        String card = queue.substring(queue.indexOf("id=\"nomor-" + owner.memberId() + "\""));
        card = card.substring(0, card.indexOf("</li>"));
        assertTrue(queue.contains("Ganti nomor WhatsApp ("), queue);
        assertTrue(card.contains(local(old)) && card.contains(local(stored(wanted))), card);
        String check = card.substring(card.indexOf("href=\"https://wa.me/" + stored(wanted)));
        assertTrue(decoded(check.substring(6, check.indexOf('"', 6))).contains("apakah ini nomor WhatsApp baru "
                + sqlName(owner)), "the admin can ask the new number first: " + check);

        // Decided on a number the member no longer asks for: nothing changes.
        Response stale = admin.submit("/admin", "/admin/nomor/setujui", Map.of("id",
                String.valueOf(owner.memberId()), "nomor", newPhone()));
        assertEquals(409, stale.statusCode());
        assertTrue(stale.asString().contains("tidak lagi meminta ganti ke nomor itu"), stale.asString());
        assertEquals(Arrays.asList(old, stored(wanted)), state(owner));

        Response approved = admin.submit("/admin", "/admin/nomor/setujui", Map.of("id",
                String.valueOf(owner.memberId()), "nomor", stored(wanted)));
        assertEquals(303, approved.statusCode(), approved.asString());
        assertEquals(Arrays.asList(stored(wanted), null), state(owner));
        assertEquals(stored(wanted), sql.single("select phone from account where member_id = ?", owner.memberId()));
        assertEquals(List.of("member.whatsapp.approve", "whatsapp=" + old, "whatsapp=" + stored(wanted)),
                sql.row("select action, before_state, after_state from audit_log where subject_id = ?"
                        + " and action like 'member.whatsapp.%' order by id desc limit 1", owner.memberId()));
        String decided = admin.get(approved.header("Location").replaceFirst("^https?://[^/]+", "")).asString();
        assertTrue(decided.contains("Nomor WhatsApp diganti"), decided);
        String kabari = decided.substring(decided.indexOf("href=\"https://wa.me/" + stored(wanted) + "?text="));
        assertTrue(decoded(kabari.substring(6, kabari.indexOf('"', 6))).contains("sudah diganti ke nomor ini"),
                "told on the new number: " + kabari);

        assertEquals(303, new FormClient().login(wanted, PASSWORD).statusCode(), "logs in with the new number");
        assertEquals(401, new FormClient().login(old, PASSWORD).statusCode(), "the old number opens nothing");
        assertTrue(chatOf(product).startsWith("https://wa.me/" + stored(wanted) + "?"), "shoppers reach the new one");
        assertFalse(admin.get("/admin").asString().contains("id=\"nomor-" + owner.memberId() + "\""), "decided");
    }

    @Test
    void theApiAsksCancelsAndAnAdminRefusesWhileTheOldNumberStays() {
        TestMembers.Owner owner = testMembers.approved("Tolak Nomor Uji " + System.nanoTime() % 100000);
        String old = stored(owner.phone());
        String wanted = newPhone();
        String body = "{\"whatsapp\":\"" + wanted + "\",\"password\":\"" + PASSWORD + "\"}";
        member(owner).contentType("application/json").body("{\"whatsapp\":\"0812\",\"password\":\"x\"}")
                .put("/api/v1/me/whatsapp").then().statusCode(400)
                .body("errors.find { it.field == 'whatsapp' }.message", equalTo(
                        "Nomor WhatsApp harus nomor HP Indonesia, misalnya 0812 3456 7890."))
                .body("errors.find { it.field == 'password' }.message", equalTo("Kata sandi sekarang tidak cocok."));
        member(owner).contentType("application/json").body(body).put("/api/v1/me/whatsapp").then().statusCode(200)
                .body("whatsapp", equalTo(old)).body("whatsappRequested", equalTo(stored(wanted)));
        member(owner).delete("/api/v1/me/whatsapp").then().statusCode(200).body("whatsappRequested", nullValue());
        assertEquals(Arrays.asList(old, null), state(owner), "withdrawn");
        member(owner).contentType("application/json").body(body).put("/api/v1/me/whatsapp").then().statusCode(200);

        given().auth().preemptive().basic(TestAccounts.ADMIN_PHONE, TestAccounts.ADMIN_PASSWORD)
                .get("/api/v1/admin/members/whatsapp").then().statusCode(200)
                .body("find { it.memberId == " + owner.memberId() + " }.requested", equalTo(stored(wanted)))
                .body("find { it.memberId == " + owner.memberId() + " }.whatsapp", equalTo(old));

        FormClient admin = AdminPagesTest.admin();
        Response refused = admin.submit("/admin", "/admin/nomor/tolak", Map.of("id", String.valueOf(owner.memberId()),
                "nomor", stored(wanted)));
        assertEquals(303, refused.statusCode());
        assertEquals(Arrays.asList(old, null), state(owner), "the old number stays");
        String decided = admin.get(refused.header("Location").replaceFirst("^https?://[^/]+", "")).asString();
        String kabari = decided.substring(decided.indexOf("href=\"https://wa.me/" + old + "?text="));
        assertTrue(decoded(kabari.substring(6, kabari.indexOf('"', 6))).contains("belum bisa kami setujui"),
                "told on the number in use: " + kabari);
        // Decided again through the API on what it no longer shows: 409 with a problem body.
        given().auth().preemptive().basic(TestAccounts.ADMIN_PHONE, TestAccounts.ADMIN_PASSWORD)
                .contentType("application/json").body("{}").queryParam("number", wanted).post("/api/v1/admin/members/{id}/whatsapp/approve", owner.memberId())
                .then().statusCode(409).body("status", equalTo(409));
        assertEquals(303, new FormClient().login(owner.phone(), PASSWORD).statusCode());
    }

    /** A stolen session is not a stolen password: guessing it here is throttled as logging in is. */
    @Test
    void guessingThePasswordThroughTheNumberChangeIsThrottledAsLoggingInIs() {
        TestMembers.Owner owner = testMembers.approved("Tebak Sandi Nomor " + System.nanoTime() % 100000);
        Map<String, String> guess = Map.of("whatsapp", newPhone(), "password", "tebakan");
        Response answer = null;
        for (int tries = 0; tries < 30; tries++) {
            answer = owner.browser().submit("/akun/nomor", "/akun/nomor", guess);
            if (answer.statusCode() != 400) {
                break;
            }
        }
        assertEquals(429, answer.statusCode(), answer.asString());
        assertTrue(Long.parseLong(answer.header("Retry-After")) > 0);
        assertTrue(answer.asString().contains("Coba lagi dalam"), answer.asString());
        assertEquals(Arrays.asList(stored(owner.phone()), null), state(owner), "nothing asked for");
    }

    private io.restassured.specification.RequestSpecification member(TestMembers.Owner owner) {
        return given().auth().preemptive().basic(stored(owner.phone()), PASSWORD);
    }

    /** The number in use and the one asked for. */
    private List<Object> state(TestMembers.Owner owner) {
        return sql.row("select whatsapp, whatsapp_requested from member where id = ?", owner.memberId());
    }

    private String sqlName(TestMembers.Owner owner) {
        return (String) sql.single("select business_name from member where id = ?", owner.memberId());
    }

    private static String chatOf(Listings.Listed product) {
        return given().redirects().follow(false).get("/produk/{slug}/whatsapp", product.slug()).then()
                .statusCode(303).extract().header("Location");
    }

    private static String local(String digits) {
        return id.etalase.common.PhoneNumbers.local(digits);
    }

    private static String decoded(String href) {
        return URLDecoder.decode(href.replace("&amp;", "&"), StandardCharsets.UTF_8);
    }
}
