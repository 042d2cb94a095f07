package id.etalase.web;

import id.etalase.account.TestAccounts;
import id.etalase.common.Sql;
import id.etalase.search.SearchTesting;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
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

@QuarkusTest
class AdminPagesTest {

    @Inject
    Sql sql;

    @Inject
    SearchTesting search;


    static FormClient admin() {
        FormClient admin = new FormClient();
        assertEquals(303, admin.login(TestAccounts.ADMIN_PHONE, TestAccounts.ADMIN_PASSWORD).statusCode());
        return admin;
    }

    /**
     * Approves or rejects a queued member, product or edit as an admin does: from the queue page, with the version it
     * shows.
     */
    static Response decide(FormClient admin, String action, long id, Map<String, String> more) {
        boolean member = action.startsWith("/admin/anggota");
        String page = member ? "/admin" : "/admin/produk";
        String anchor = "id=\"" + (member ? "anggota-" : action.startsWith("/admin/revisi") ? "revisi-" : "produk-")
                + id + "\"";
        String queue = admin.get(page).asString();
        int item = queue.indexOf(anchor);
        assertTrue(item >= 0, "not in the queue: " + anchor);
        Matcher version = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(queue);
        assertTrue(version.find(item), "no version in the queue for " + anchor);
        Map<String, String> fields = new java.util.HashMap<>(more);
        fields.put("id", String.valueOf(id));
        fields.put("version", version.group(1));
        return admin.submit(page, action, fields);
    }

    /** Registers a business through the page; answers its member id. */
    long register(String business, String phone) {
        Response answer = new FormClient().submit("/daftar", "/daftar",
                AccountPagesTest.registration(business, phone));
        assertEquals(303, answer.statusCode(), answer.asString());
        return ((Number) sql.single("select id from member where whatsapp = ?", stored(phone))).longValue();
    }

    String status(long member) {
        return (String) sql.single("select status from member where id = ?", member);
    }

    @Test
    void onlyAdminsReachTheAdminArea() {
        new FormClient().get("/admin").then().statusCode(303).header("Location", containsString("/masuk"));
        String phone = newPhone();
        register("Bukan Admin Uji", phone);
        FormClient member = new FormClient();
        member.login(phone, PASSWORD);
        for (String page : List.of("/admin", "/admin/anggota", "/admin/audit")) {
            member.get(page).then().statusCode(403).body(containsString("Tidak diizinkan"));
            admin().get(page).then().statusCode(200);
        }
        long id = ((Number) sql.single("select id from member where whatsapp = ?", stored(phone))).longValue();
        Response forged = member.submit("/akun", "/admin/anggota/setujui", Map.of("id", String.valueOf(id)));
        assertEquals(403, forged.statusCode());
        assertEquals("pending", status(id), "a member cannot approve itself");
    }

    @Test
    void theQueueListsRegistrationsOldestFirstAndApprovingPublishesTheMember() {
        long first = register("Antrean Pertama Uji", newPhone());
        long second = register("Antrean Kedua Uji", newPhone());
        // Kept in SQL: a registration a day old, which the application (it stamps now) cannot make.
        sql.update("update member set submitted_at = now(6) - interval 1 day where id = ?", first);
        FormClient admin = admin();
        String queue = admin.get("/admin").asString();
        assertTrue(queue.indexOf("Antrean Pertama Uji") < queue.indexOf("Antrean Kedua Uji"), "oldest first");
        List<Object> ids = sql.column("select id from member where status = 'pending' order by submitted_at, id");
        assertTrue(ids.indexOf(first) < ids.indexOf(second));

        long shown = ((Number) sql.single("select version from member where id = ?", first)).longValue();
        Response approved = decide(admin, "/admin/anggota/setujui", first, Map.of());
        assertEquals(303, approved.statusCode());
        assertEquals("active", status(first));
        admin.get("/admin?pesan=disetujui").then().body(containsString("Anggota disetujui"))
                .body(org.hamcrest.Matchers.not(containsString("Antrean Pertama Uji")));
        String slug = (String) sql.single("select slug from member where id = ?", first);
        given().when().get("/anggota/{slug}", slug).then().statusCode(200).body(containsString("Antrean Pertama Uji"));

        List<Object> entry = sql.row("select a.phone, l.action, l.before_state, l.after_state from audit_log l"
                + " join account a on a.id = l.actor_id where l.subject_type = 'member' and l.subject_id = ?"
                + " order by l.id desc", first);
        assertEquals(List.of(stored(TestAccounts.ADMIN_PHONE), "member.approve", "status=pending", "status=active"),
                entry);
        admin.get("/admin/audit").then().statusCode(200)
                .body(containsString("menyetujui anggota"))
                .body(containsString("Antrean Pertama Uji"));

        Response again = admin.submit("/admin", "/admin/anggota/setujui", Map.of("id", String.valueOf(first),
                "version", String.valueOf(shown)));
        assertEquals(409, again.statusCode(), "already approved, by another admin say");
        assertTrue(again.asString().contains("mungkin admin lain sudah memutuskannya"));
    }

    @Test
    void aRejectionNeedsAReasonTheMemberReadsAndCanAnswerBySubmittingAgain() {
        String phone = newPhone();
        long id = register("Ditolak Uji", phone);
        FormClient admin = admin();
        Response noReason = decide(admin, "/admin/anggota/tolak", id, Map.of("reason", "  "));
        assertEquals(303, noReason.statusCode());
        assertEquals("pending", status(id));
        admin.get(noReason.header("Location").replaceFirst("^https?://[^/]+", "")).then()
                .body(containsString("Tulis alasannya"));

        decide(admin, "/admin/anggota/tolak", id, Map.of("reason", "Nama usaha <b>tidak</b> jelas, tulis nama toko"
                + " Anda."));
        assertEquals("rejected", status(id));
        FormClient member = new FormClient();
        member.login(phone, PASSWORD);
        member.get("/akun").then().statusCode(200)
                .body(containsString("Nama usaha &lt;b&gt;tidak&lt;/b&gt; jelas"))
                .body(containsString("ajukan lagi"));
        Response resubmitted = member.submit("/akun", "/akun/ajukan", Map.of());
        assertEquals(303, resubmitted.statusCode());
        assertEquals("pending", status(id));
        assertEquals(List.of("member.reject"), sql.column("select action from audit_log where subject_id = ?"
                + " and subject_type = 'member' and action = 'member.reject'", id));
    }

    @Test
    void suspendingHidesEveryProductAndReactivatingBringsThemBack() throws Exception {
        search.awaitElasticsearchAnswering();
        long id = ((Number) sql.single("select m.id from member m join product p on p.member_id = m.id"
                + " where m.status = 'active' and p.status = 'published' group by m.id having count(*) >= 2"
                + " order by m.id desc limit 1")).longValue();
        String slug = (String) sql.single("select slug from member where id = ?", id);
        int products = ((Number) sql.single("select count(*) from product where member_id = ?"
                + " and status = 'published'", id)).intValue();
        FormClient admin = admin();
        admin.submit("/admin/anggota", "/admin/anggota/tangguhkan", Map.of("id", String.valueOf(id),
                "reason", "Laporan penipuan sedang diperiksa."));
        assertEquals("suspended", status(id));
        search.awaitIndexed();
        given().queryParam("member", slug).when().get("/api/v1/products").then().statusCode(400);
        given().queryParam("q", slug.replace('-', ' ')).queryParam("size", 100).when().get("/api/v1/search").then()
                .body("items.member.slug", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(slug)));
        given().when().get("/anggota/{slug}", slug).then().statusCode(404);

        admin.submit("/admin/anggota", "/admin/anggota/aktifkan", Map.of("id", String.valueOf(id)));
        assertEquals("active", status(id));
        search.awaitIndexed();
        given().queryParam("member", slug).queryParam("size", 100).when().get("/api/v1/products").then()
                .statusCode(200).body("total", org.hamcrest.Matchers.equalTo(products));
        assertEquals(List.of("member.reactivate", "member.suspend"), sql.column("select action from audit_log"
                + " where subject_type = 'member' and subject_id = ? order by id desc limit 2", id));
    }

    @Test
    void aResetLinkIsShownOnceAndSentByWhatsApp() {
        String phone = newPhone();
        long id = register("Reset Admin Uji", phone);
        Response page = admin().submit("/admin/anggota", "/admin/anggota/tautan-sandi",
                Map.of("id", String.valueOf(id)));
        assertEquals(200, page.statusCode());
        Matcher link = Pattern.compile("value=\"(http://localhost:8080/sandi-baru\\?token=[A-Za-z0-9_-]{43})\"")
                .matcher(page.asString());
        assertTrue(link.find(), page.asString());
        Matcher chat = Pattern.compile("href=\"(https://wa.me/" + stored(phone) + "\\?text=[^\"]+)\"")
                .matcher(page.asString());
        assertTrue(chat.find(), "a chat with the member's number");
        String text = URLDecoder.decode(chat.group(1).substring(chat.group(1).indexOf("text=") + 5)
                .replace("&amp;", "&"), StandardCharsets.UTF_8);
        assertTrue(text.contains(link.group(1)), text);
        String token = link.group(1).substring(link.group(1).indexOf("token=") + 6);
        FormClient owner = new FormClient();
        assertEquals(303, owner.submit("/sandi-baru?token=" + token, "/sandi-baru",
                Map.of("token", token, "password", "sandi-dari-admin")).statusCode());
        assertEquals(303, new FormClient().login(phone, "sandi-dari-admin").statusCode());
        assertEquals(1, sql.count("select count(*) from audit_log where action = 'account.reset-link'"
                + " and subject_id = ?", id));
        assertEquals(0, sql.count("select count(*) from audit_log where note like ? or after_state like ?",
                "%" + token + "%", "%" + token + "%"), "the link is never logged");
    }

    @Test
    void aMembersNameInALinkStaysTheValueOfItsParameter() {
        String name = "Toko Dua&pesan=ditangguhkan#" + System.nanoTime();
        String phone = newPhone();
        long member = register(name, phone);
        assertEquals(303, decide(admin(), "/admin/anggota/setujui", member, Map.of()).statusCode());
        FormClient owner = new FormClient();
        assertEquals(303, owner.login(phone, PASSWORD).statusCode());
        Response saved = owner.submit("/akun/produk/baru", "/akun/produk/simpan",
                ListingPagesTest.listing("Produk Nama Tautan", "12000"));
        assertEquals(303, saved.statusCode(), saved.asString());

        FormClient admin = admin();
        String queue = admin.get("/admin/produk").asString();
        Matcher link = Pattern.compile("href=\"(/admin/anggota\\?q=[^\"]*" + name.substring(name.indexOf('#') + 1)
                + ")\"").matcher(queue);
        assertTrue(link.find(), "the queue links the member by name");
        String href = link.group(1).replace("&amp;", "&");
        assertEquals("/admin/anggota?q=" + java.net.URLEncoder.encode(name, StandardCharsets.UTF_8), href);
        // As the browser follows it: the link is already encoded.
        String members = admin.request().urlEncodingEnabled(false).get(href).then().statusCode(200).extract()
                .asString();
        assertTrue(!members.contains("Anggota ditangguhkan"), "no false notice from the name");
        Matcher input = Pattern.compile("name=\"q\" type=\"search\" value=\"([^\"]*)\"").matcher(members);
        assertTrue(input.find(), members);
        assertEquals(name.replace("&", "&amp;"), input.group(1), "the whole name is the query");
    }
}
