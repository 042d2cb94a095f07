package id.etalase.web;

import id.etalase.account.TestAccounts;
import id.etalase.admin.CurationService;
import id.etalase.catalog.FeaturedService.Kind;
import id.etalase.catalog.TestImages;
import id.etalase.common.PortalClock;
import id.etalase.common.Sql;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import static id.etalase.common.Sql.PUBLIC_PRODUCTS;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class CurationPagesTest {

    private static final Pattern CARD = Pattern.compile("class=\"product-card\" href=\"/produk/([^\"]+)\"");
    private static final Pattern MEMBER_CARD = Pattern.compile("class=\"member-card\" href=\"/anggota/([^\"]+)\"");

    /** The featured page has no form until something is featured or searched; the token is the session's. */
    private static final String FORM_PAGE = "/admin/komunitas";

    @Inject
    Sql sql;

    @Inject
    CurationService curation;

    /** A clock the test moves: the home page's schedule follows it. */
    static class MovableClock extends PortalClock {
        LocalDate day;

        MovableClock(LocalDate day) {
            this.day = day;
        }

        @Override
        public ZoneId zone() {
            return ZoneId.of("Asia/Jakarta");
        }

        @Override
        public Instant now() {
            return day.atTime(12, 0).atZone(zone()).toInstant();
        }
    }

    MovableClock clock = new MovableClock(LocalDate.of(2027, 3, 10));

    @BeforeEach
    void controlTheClock() {
        QuarkusMock.installMockForType(clock, PortalClock.class);
        unfeatureAll(curation, sql);
    }

    /** Takes every featured product and member off the home page, as an admin does. */
    static void unfeatureAll(CurationService curation, Sql sql) {
        long admin = ((Number) sql.single("select id from account where phone = ?",
                TestAccounts.stored(TestAccounts.ADMIN_PHONE))).longValue();
        for (Object id : sql.column("select product_id from featured_product")) {
            curation.unfeature(admin, Kind.PRODUCT, ((Number) id).longValue());
        }
        for (Object id : sql.column("select member_id from featured_member")) {
            curation.unfeature(admin, Kind.MEMBER, ((Number) id).longValue());
        }
    }

    @AfterEach
    void restoreTheCommunity() {
        unfeatureAll(curation, sql);
        sql.update("update community_settings set name = 'Etalase', tagline_id = 'Katalog produk UMKM anggota komunitas',"
                + " tagline_en = 'Products of the community''s small businesses', brand_colour = '#9b1c1c',"
                + " accent_colour = '#c9962b', contact_whatsapp = null, instagram = null, facebook_url = null,"
                + " tiktok = null, website_url = null, logo = null, logo_hash = null, updated_at = now(3)");
        // The settings are cached for a few seconds; a save through the page forgets them at once.
        FormClient admin = AdminPagesTest.admin();
        admin.submit("/admin/komunitas", "/admin/komunitas", communityForm("Etalase"));
    }

    @Test
    void featuredProductsShowInTheirOrderFromTheirFirstToTheirLastDay() {
        List<Object> slugs = sql.column("select p.slug from " + PUBLIC_PRODUCTS + " order by p.id limit 3");
        long auditBefore = sql.count("select coalesce(max(id), 0) from audit_log");
        FormClient admin = AdminPagesTest.admin();
        for (Object slug : slugs) {
            Response added = admin.submit(FORM_PAGE, "/admin/pilihan/tambah",
                    Map.of("kind", "produk", "slug", (String) slug));
            assertEquals(303, added.statusCode(), added.asString());
        }
        assertEquals(slugs, cards(home()).subList(0, 3), "in the order they were added");

        // The third first, shown until 12 March; the first from 11 March.
        assertEquals(303, schedule(admin, "produk", productId(slugs.get(2)), "1", "", "2027-03-12").statusCode());
        assertEquals(303, schedule(admin, "produk", productId(slugs.get(0)), "3", "2027-03-11", "").statusCode());
        assertEquals(List.of(slugs.get(2), slugs.get(1)), cards(home()).subList(0, 2));
        assertFalse(cards(home()).subList(0, 2).contains(slugs.get(0)), "not before its first day");

        clock.day = LocalDate.of(2027, 3, 11);
        assertEquals(List.of(slugs.get(2), slugs.get(1), slugs.get(0)), cards(home()).subList(0, 3));

        clock.day = LocalDate.of(2027, 3, 13);
        assertEquals(List.of(slugs.get(1), slugs.get(0)), cards(home()).subList(0, 2), "the third has ended");
        String page = admin.get("/admin/pilihan").asString();
        assertTrue(page.contains("Sudah berakhir"), "the admin sees it ended");

        // None current: the home page falls back to the newest products.
        for (Object slug : slugs) {
            assertEquals(303, schedule(admin, "produk", productId(slug), "1", "", "2027-03-01").statusCode());
        }
        String html = home();
        assertTrue(html.contains("<h2>Produk terbaru</h2>"), html);
        assertEquals(sql.column("select p.slug from " + PUBLIC_PRODUCTS
                + " order by p.created_at desc, p.id desc limit 12"), new ArrayList<Object>(cards(html)));
        assertEquals(List.of("curation.feature", "curation.feature", "curation.feature", "curation.schedule",
                "curation.schedule", "curation.schedule", "curation.schedule", "curation.schedule"),
                sql.column("select action from audit_log where id > ? and subject_type = 'product' order by id",
                        auditBefore), "three added, two scheduled, then all three ended");
    }

    @Test
    void aBadScheduleComesBackWithItsMessageAndChangesNothing() {
        String slug = (String) sql.single("select p.slug from " + PUBLIC_PRODUCTS + " order by p.id limit 1");
        FormClient admin = AdminPagesTest.admin();
        admin.submit(FORM_PAGE, "/admin/pilihan/tambah", Map.of("kind", "produk", "slug", slug));
        long id = productId(slug);
        Response refused = schedule(admin, "produk", id, "1", "2027-03-20", "2027-03-10");
        assertEquals(400, refused.statusCode());
        assertTrue(refused.asString().contains("Tanggal selesai tidak boleh sebelum tanggal mulai."));
        assertTrue(refused.asString().contains("value=\"2027-03-20\""), "the dates as typed");
        Response garbled = schedule(admin, "produk", id, "nol", "kemarin", "");
        assertEquals(400, garbled.statusCode());
        assertTrue(garbled.asString().contains("Isi urutan dengan angka 1 atau lebih."));
        assertTrue(garbled.asString().contains("Isi tanggal seperti 2026-12-31, atau kosongkan."));
        assertEquals(java.util.Arrays.asList(1, null, null), sql.row("select position, starts_on, ends_on from featured_product"
                + " where product_id = ?", id).stream().map(v -> v instanceof Number n ? n.intValue() : v).toList());

        Response hidden = admin.submit(FORM_PAGE, "/admin/pilihan/tambah",
                Map.of("kind", "produk", "slug", "tidak-ada-produk-ini"));
        assertEquals(400, hidden.statusCode());
        assertTrue(hidden.asString().contains("Hanya produk yang tayang dan anggota aktif yang bisa dipilih."));
    }

    @Test
    void featuredMembersShowOnTheHomePageWithTheirLogoOrInitial() {
        List<Object> members = sql.column("select slug from member where status = 'active' order by id limit 2");
        FormClient admin = AdminPagesTest.admin();
        String found = admin.get("/admin/pilihan?q=" + sql.single("select business_name from member where slug = ?",
                members.get(0))).asString();
        assertTrue(found.contains("<input type=\"hidden\" name=\"kind\" value=\"anggota\">\n        <input type=\"hidden\""
                + " name=\"slug\" value=\"" + members.get(0) + "\">"), "the search offers the member as a member");
        for (Object slug : members) {
            assertEquals(303, admin.submit(FORM_PAGE, "/admin/pilihan/tambah",
                    Map.of("kind", "anggota", "slug", (String) slug)).statusCode());
        }
        String html = home();
        assertTrue(html.contains("<h2>Anggota pilihan</h2>"));
        assertEquals(members, new ArrayList<Object>(memberCards(html)));
        assertEquals(303, schedule(admin, "anggota", memberId(members.get(1)), "1", "", "").statusCode());
        assertEquals(List.of(members.get(1), members.get(0)), memberCards(home()));
        assertEquals(303, admin.submit("/admin/pilihan", "/admin/pilihan/hapus",
                Map.of("kind", "anggota", "id", String.valueOf(memberId(members.get(1))))).statusCode());
        assertEquals(List.of(members.get(0)), memberCards(home()));
    }

    @Test
    void theCommunitysNameColoursAndContactsReachEveryPageAndShareText() throws Exception {
        FormClient admin = AdminPagesTest.admin();
        Map<String, String> form = communityForm("Paguyuban UMKM Way Halim");
        form.put("brandColour", "#1d4e89");
        form.put("contactWhatsapp", "0812 7777 0001");
        form.put("instagram", "@umkmwayhalim");
        assertEquals(303, admin.submit("/admin/komunitas", "/admin/komunitas", form).statusCode());

        String home = home();
        assertTrue(home.contains("<title>Paguyuban UMKM Way Halim – Katalog produk Way Halim</title>"), home);
        assertTrue(home.contains("<meta property=\"og:site_name\" content=\"Paguyuban UMKM Way Halim\">"));
        assertTrue(home.contains("<meta name=\"theme-color\" content=\"#1d4e89\">"));
        assertTrue(home.contains("href=\"https://wa.me/6281277770001\""), "the contact chat");
        assertTrue(home.contains("href=\"https://www.instagram.com/umkmwayhalim\""));
        Matcher theme = Pattern.compile("href=\"(/tema\\.css\\?v=\\d+)\"").matcher(home);
        assertTrue(theme.find());
        given().when().get(theme.group(1)).then().statusCode(200)
                .body(containsString("--brand:#1d4e89")).header("Cache-Control", containsString("immutable"));
        given().when().get("/manifest.webmanifest").then().statusCode(200)
                .body("name", org.hamcrest.Matchers.equalTo("Paguyuban UMKM Way Halim"))
                .body("theme_color", org.hamcrest.Matchers.equalTo("#1d4e89"));
        given().when().get("/tentang").then().statusCode(200)
                .body(containsString("<h1>Tentang Paguyuban UMKM Way Halim</h1>"))
                .body(containsString("<p>Paguyuban pelaku usaha di Way Halim.</p>"));

        String slug = (String) sql.single("select p.slug from " + PUBLIC_PRODUCTS + " order by p.id limit 1");
        String product = given().when().get("/produk/{slug}", slug).then().statusCode(200).extract().asString();
        assertTrue(product.contains("%20di%20Paguyuban%20UMKM%20Way%20Halim%3A%20"), "the share text names it");
        assertTrue(product.contains("– Paguyuban UMKM Way Halim</title>") || product.contains(
                "di Paguyuban UMKM Way Halim."), "title or description names it");
        String chat = given().redirects().follow(false).header("User-Agent", "Mozilla/5.0 (Linux; Android 13)")
                .when().get("/produk/{slug}/whatsapp", slug).then().statusCode(303).extract().header("Location");
        assertTrue(chat.contains("%20di%20Paguyuban%20UMKM%20Way%20Halim%3A%20"), chat);
        assertTrue(given().when().get("/masuk").asString().contains("Paguyuban UMKM Way Halim"), "account pages too");
        byte[] qr = given().when().get("/produk/{slug}/qr.png", slug).then().statusCode(200).extract().asByteArray();
        var code = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(qr));
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int x = 0; x < code.getWidth(); x += 7) {
            colours.add(code.getRGB(x, code.getHeight() / 2) & 0xFFFFFF);
        }
        assertEquals(java.util.Set.of(0xFFFFFF, 0x1D4E89), colours, "the QR code in the community's colour");
        assertEquals(1L, sql.count("select count(*) from audit_log where action = 'community.update'"
                + " and subject_name = 'Paguyuban UMKM Way Halim'"));
    }

    @Test
    void aMemberWhoForgotThePasswordChatsWithTheOrganisersOrUntilTheyAreNamedTheFirstAdmin() {
        String firstAdmin = (String) sql.single("select phone from account where role = 'admin' order by id limit 1");
        String login = given().when().get("/masuk").then().statusCode(200).extract().asString();
        assertTrue(login.contains("<a class=\"button whatsapp\" href=\"https://wa.me/" + firstAdmin
                + "?text=Halo"), login);
        assertTrue(login.contains(">Chat admin lewat WhatsApp</a>"), login);
        FormClient admin = AdminPagesTest.admin();
        String setup = admin.get("/admin/komunitas").then().statusCode(200).extract().asString();
        assertTrue(setup.contains("Nomor WhatsApp pengurus belum diisi"), "the setup asks for the number");
        assertTrue(setup.contains("value=\"+" + firstAdmin + "\""), "offering the first admin's");

        Map<String, String> form = communityForm("Etalase");
        form.put("contactWhatsapp", "0812 7777 0002");
        assertEquals(303, admin.submit("/admin/komunitas", "/admin/komunitas", form).statusCode());
        login = given().when().get("/masuk").then().statusCode(200).extract().asString();
        assertTrue(login.contains("href=\"https://wa.me/6281277770002?text=Halo"), login);
        assertFalse(admin.get("/admin/komunitas").asString().contains("Nomor WhatsApp pengurus belum diisi"));
    }

    @Test
    void unreadableColoursAndBadContactsAreRefusedBesideTheirFields() {
        FormClient admin = AdminPagesTest.admin();
        Map<String, String> form = communityForm("Nama Baru Yang Tidak Tersimpan");
        form.put("brandColour", "#ffee99");
        form.put("accentColour", "hijau");
        form.put("contactWhatsapp", "0721 123456");
        form.put("websiteUrl", "javascript:alert(1)");
        Response refused = admin.submit("/admin/komunitas", "/admin/komunitas", form);
        assertEquals(400, refused.statusCode());
        String page = refused.asString();
        assertTrue(page.contains("id=\"brandColour-error\">Teks pada warna ini sulit dibaca (kontras 1.2:1"), page);
        assertTrue(page.contains("id=\"accentColour-error\">Pilih warna, misalnya #9b1c1c."));
        assertTrue(page.contains("id=\"contactWhatsapp-error\">Isi nomor WhatsApp (HP)"));
        assertTrue(page.contains("id=\"websiteUrl-error\">"));
        assertTrue(page.contains("value=\"Nama Baru Yang Tidak Tersimpan\""), "kept as typed");
        assertEquals("Etalase", sql.single("select name from community_settings"));
    }

    @Test
    void aLogoIsCheckedByItsContentKeptAsASmallPngAndShownInTheHeader() throws Exception {
        FormClient admin = AdminPagesTest.admin();
        Response text = admin.request().multiPart("csrf-token", admin.token("/admin/komunitas"))
                .multiPart("logo", "logo.png", "bukan gambar".getBytes(StandardCharsets.UTF_8), "image/png")
                .post("/admin/komunitas/logo");
        assertEquals(400, text.statusCode());
        assertTrue(text.asString().contains("id=\"logo-error\">File ini bukan foto JPEG, PNG atau WebP."));

        Response stored = admin.request().multiPart("csrf-token", admin.token("/admin/komunitas"))
                .multiPart("logo", "logo.jpg", TestImages.phoneJpeg(1600, 1200), "image/jpeg")
                .post("/admin/komunitas/logo");
        assertEquals(303, stored.statusCode(), stored.asString());
        Matcher logo = Pattern.compile("<a class=\"brand\" href=\"/\"><img src=\"(/logo-[0-9a-f]{16}\\.png)\"")
                .matcher(home());
        assertTrue(logo.find());
        byte[] png = given().when().get(logo.group(1)).then().statusCode(200).contentType("image/png")
                .header("Cache-Control", containsString("immutable")).extract().asByteArray();
        var image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png));
        assertEquals(512, Math.max(image.getWidth(), image.getHeight()), "no larger than 512 pixels");
        assertArrayEquals(new byte[] { (byte) 0x89, 'P', 'N', 'G' }, java.util.Arrays.copyOf(png, 4));
        assertTrue(home().contains("<meta property=\"og:image\" content=\"http://localhost:8080" + logo.group(1)
                + "\">"), "the share preview shows the logo");

        assertEquals(303, admin.submit("/admin/komunitas", "/admin/komunitas/logo/hapus", Map.of()).statusCode());
        assertFalse(home().contains("<a class=\"brand\" href=\"/\"><img"));
        given().when().get(logo.group(1)).then().statusCode(404);
    }

    static Map<String, String> communityForm(String name) {
        Map<String, String> form = new HashMap<>();
        form.put("name", name);
        form.put("taglineId", name.equals("Etalase") ? "Katalog produk UMKM anggota komunitas" : "Katalog produk Way Halim");
        form.put("taglineEn", name.equals("Etalase") ? "Products of the community's small businesses"
                : "Products from Way Halim");
        form.put("aboutId", name.equals("Etalase")
                ? "Portal ini menampilkan produk anggota komunitas UMKM. Pesanan langsung ke WhatsApp penjual, tanpa biaya."
                : "Paguyuban pelaku usaha di Way Halim.\n\nKami bertemu setiap bulan.");
        form.put("aboutEn", name.equals("Etalase")
                ? "This portal shows the products of the community's small businesses. Orders go straight to the seller's WhatsApp, free of charge."
                : "An association of businesses in Way Halim.");
        form.put("brandColour", "#9b1c1c");
        form.put("accentColour", "#c9962b");
        form.put("contactWhatsapp", "");
        form.put("instagram", "");
        form.put("facebookUrl", "");
        form.put("tiktok", "");
        form.put("websiteUrl", "");
        return form;
    }

    private Response schedule(FormClient admin, String kind, long id, String position, String startsOn,
            String endsOn) {
        return admin.submit("/admin/pilihan", "/admin/pilihan/jadwal", Map.of("kind", kind, "id", String.valueOf(id),
                "position", position, "startsOn", startsOn, "endsOn", endsOn));
    }

    private long productId(Object slug) {
        return ((Number) sql.single("select id from product where slug = ?", slug)).longValue();
    }

    private long memberId(Object slug) {
        return ((Number) sql.single("select id from member where slug = ?", slug)).longValue();
    }

    private static String home() {
        return given().when().get("/").then().statusCode(200).extract().asString();
    }

    private static List<String> cards(String html) {
        List<String> slugs = new ArrayList<>();
        Matcher card = CARD.matcher(html);
        while (card.find()) {
            slugs.add(card.group(1));
        }
        return slugs;
    }

    private static List<String> memberCards(String html) {
        List<String> slugs = new ArrayList<>();
        Matcher card = MEMBER_CARD.matcher(html);
        while (card.find()) {
            slugs.add(card.group(1));
        }
        return slugs;
    }
}
