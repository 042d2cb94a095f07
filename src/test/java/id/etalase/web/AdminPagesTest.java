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

    @Inject
    TestMembers testMembers;


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
        assertTrue(followed(admin, noReason).contains("Tulis alasannya"));

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

    /** One card of a queue page: from its anchor to the next card (or the end of its list). */
    static String card(String queue, String item) {
        int at = queue.indexOf("id=\"" + item + "\"");
        assertTrue(at >= 0, "not in the queue: " + item);
        int next = queue.indexOf("class=\"queue-item\"", at);
        int end = queue.indexOf("</ol>", at);
        return queue.substring(at, next >= 0 && next < end ? next : end);
    }

    /** The page a redirect leads to, as the browser opens it (the fragment stays in the browser). */
    static String followed(FormClient admin, Response redirect) {
        String location = redirect.header("Location").replaceFirst("^https?://[^/]+", "");
        return admin.request().urlEncodingEnabled(false).get(location.replaceFirst("#.*$", "")).asString();
    }

    /** The "Kabari lewat WhatsApp" chat on a page: its number and its text, decoded. */
    static List<String> kabari(String page) {
        Matcher chat = Pattern.compile("<a class=\"button whatsapp\" href=\"https://wa.me/(\\d+)\\?text=([^\"]+)\""
                + "[^>]*>Kabari lewat WhatsApp</a>").matcher(page);
        assertTrue(chat.find(), "a Kabari button: " + page);
        return List.of(chat.group(1), URLDecoder.decode(chat.group(2).replace("&amp;", "&"), StandardCharsets.UTF_8));
    }

    /** Puts a member last in the queue (a minute apart from the others put there), whatever else waits. */
    void last(long member, int minute) {
        sql.update("update member set submitted_at = now(6) + interval 1 year + interval ? minute where id = ?",
                minute, member);
    }

    @Test
    void theQueueIsACompactListWithTheReasonBehindTolakTheNumberAsAChatAndTheSectorByName() {
        String phone = newPhone();
        long id = register("Antrean Ringkas Uji", phone);
        String card = card(admin().get("/admin").asString(), "anggota-" + id);
        assertTrue(card.contains("<a class=\"wa-number\" href=\"https://wa.me/" + stored(phone) + "\">"), card);
        String sector = (String) sql.single("select name_id from sector where slug = 'kuliner'");
        assertTrue(card.contains(" · " + sector.replace("&", "&amp;") + " · "), "the sector's name: " + card);
        assertTrue(!card.contains(" · kuliner · "), "not its code: " + card);
        int details = card.indexOf("<details class=\"reject\">");
        int summary = card.indexOf("<summary class=\"button secondary\">Tolak</summary>");
        int reason = card.indexOf("<textarea");
        assertTrue(details >= 0 && details < summary && summary < reason
                && card.indexOf("</details>", details) > reason, "the reason box opens after Tolak: " + card);
        assertEquals(1, card.split("<textarea", -1).length - 1, "one reason box, inside the closed details");

        Response noReason = decide(admin(), "/admin/anggota/tolak", id, Map.of("reason", " "));
        assertTrue(noReason.header("Location").endsWith("#anggota-" + id), noReason.header("Location"));
        String again = card(followed(admin(), noReason), "anggota-" + id);
        assertTrue(again.contains("<details class=\"reject\" open>") && again.contains("Tulis alasannya"), again);
    }

    @Test
    void aDecisionReturnsToTheNextCardAndOffersTheMemberAWhatsAppMessageFromWhatTheDatabaseHolds() {
        String firstPhone = newPhone();
        long first = register("Kabari Disetujui Uji", firstPhone);
        String secondPhone = newPhone();
        long second = register("Kabari Ditolak Uji", secondPhone);
        last(first, 1);
        last(second, 2);
        FormClient admin = admin();
        assertTrue(!admin.get("/admin?kabari=anggota-" + first).asString().contains("Kabari lewat WhatsApp"),
                "nothing to tell while it waits");

        Response approved = decide(admin, "/admin/anggota/setujui", first, Map.of());
        assertEquals(303, approved.statusCode());
        assertTrue(approved.header("Location").endsWith("&kabari=anggota-" + first + "&lanjut=anggota-" + second
                + "#anggota-" + second), "back to the card that took its place: " + approved.header("Location"));
        String page = followed(admin, approved);
        assertTrue(page.contains("Anggota disetujui"), page);
        List<String> chat = kabari(page);
        assertEquals(stored(firstPhone), chat.get(0));
        assertTrue(chat.get(1).startsWith("Halo Siti Aminah, pendaftaran Kabari Disetujui Uji di ")
                && chat.get(1).contains("sudah disetujui") && chat.get(1).endsWith("/akun"), chat.get(1));
        assertTrue(page.indexOf("Kabari lewat WhatsApp") < page.indexOf("id=\"anggota-" + second + "\""),
                "the notice stands where the decided card was");

        String reason = "Foto & nama <b>belum</b> jelas.";
        List<Object> before = sql.column("select id from member where status = 'pending' and id <> ?"
                + " order by submitted_at, id", second);
        Response rejected = decide(admin, "/admin/anggota/tolak", second, Map.of("reason", reason));
        String location = rejected.header("Location");
        if (before.isEmpty()) {
            assertTrue(!location.contains("#"), location);
        } else {
            assertTrue(location.endsWith("#anggota-" + before.get(before.size() - 1)), "the last card: back to the"
                    + " one before it: " + location);
        }
        chat = kabari(followed(admin, rejected));
        assertEquals(stored(secondPhone), chat.get(0));
        assertTrue(chat.get(1).contains("Kabari Ditolak Uji") && chat.get(1).contains(reason)
                && chat.get(1).contains("ajukan lagi"), chat.get(1));

        // The address names only what to read: words put into it never reach the message.
        String forged = admin.request().urlEncodingEnabled(false).get("/admin?kabari=anggota-" + second
                + "%20Transfer%20ke%20rekening&lanjut=x").asString();
        assertTrue(!forged.contains("Kabari lewat WhatsApp"), "not a subject it can read");
    }

    @Test
    void productsSentWithAnApplicationShowOnItsCardAndAreFlaggedInTheProductQueue() {
        TestMembers.Owner owner = testMembers.registered("Pelamar Berproduk Uji");
        String name = "Produk Pelamar Uji " + System.nanoTime();
        assertEquals(303, owner.browser().submit("/akun/produk/baru", "/akun/produk/simpan",
                ListingPagesTest.listing(name, "15000")).statusCode());
        long product = ((Number) sql.single("select id from product where name = ?", name)).longValue();
        assertEquals("pending", sql.single("select status from product where id = ?", product),
                "'Simpan dan ajukan' of a pending member: the product waits with the application");

        FormClient admin = admin();
        String card = card(admin.get("/admin").asString(), "anggota-" + owner.memberId());
        assertTrue(card.contains("Produk yang diajukan bersama pendaftaran (1):")
                && card.contains("<a href=\"/admin/produk#produk-" + product + "\">" + name + "</a>"), card);
        String queued = card(admin.get("/admin/produk").asString(), "produk-" + product);
        assertTrue(queued.contains("Pendaftaran anggotanya belum disetujui — tayang setelah anggota disetujui"),
                queued);

        decide(admin, "/admin/anggota/setujui", owner.memberId(), Map.of());
        queued = card(admin.get("/admin/produk").asString(), "produk-" + product);
        assertTrue(!queued.contains("Pendaftaran anggotanya belum disetujui"), "the member is approved: " + queued);

        Response rejected = decide(admin, "/admin/produk/tolak", product, Map.of("reason", "Fotonya buram."));
        assertEquals(303, rejected.statusCode());
        assertTrue(rejected.header("Location").contains("kabari=produk-" + product), rejected.header("Location"));
        List<String> chat = kabari(followed(admin, rejected));
        assertEquals(stored(owner.phone()), chat.get(0));
        assertTrue(chat.get(1).contains(name) && chat.get(1).contains("Pelamar Berproduk Uji")
                && chat.get(1).contains("Fotonya buram.") && chat.get(1).contains("ajukan lagi"), chat.get(1));
    }

    @Test
    void aLiveProductsMessageCarriesItsLink() {
        TestMembers.Owner owner = testMembers.approved("Kabari Tayang Uji");
        String name = "Produk Kabari Tayang Uji " + System.nanoTime();
        assertEquals(303, owner.browser().submit("/akun/produk/baru", "/akun/produk/simpan",
                ListingPagesTest.listing(name, "20000")).statusCode());
        long product = ((Number) sql.single("select id from product where name = ? and status = 'pending'", name))
                .longValue();
        FormClient admin = admin();
        Response approved = decide(admin, "/admin/produk/setujui", product, Map.of());
        assertTrue(approved.header("Location").contains("pesan=produk-tayang&kabari=produk-" + product),
                approved.header("Location"));
        List<String> chat = kabari(followed(admin, approved));
        String slug = (String) sql.single("select slug from product where id = ?", product);
        assertEquals(stored(owner.phone()), chat.get(0));
        assertTrue(chat.get(1).contains(name) && chat.get(1).endsWith("/produk/" + slug), chat.get(1));
    }
}
