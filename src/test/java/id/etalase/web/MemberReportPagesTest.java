package id.etalase.web;

import id.etalase.common.PortalClock;
import id.etalase.common.Sql;
import id.etalase.testing.Listings;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A member's monthly report: the admin's copy with its WhatsApp chat, the member's own copy, the PDF. */
@QuarkusTest
class MemberReportPagesTest {

    static final Pattern ROW = Pattern.compile("(?s)<tr><th scope=\"row\">([^<]*)</th><td>([^<]*)</td><td>([^<]*)</td>"
            + "(?:<td>([^<]*)</td>)?</tr>");
    static final Pattern CHAT = Pattern.compile("href=\"(https://wa\\.me/[^\"]+)\"");

    @Inject
    PortalClock clock;

    @Inject
    Sql sql;

    @Inject
    TestMembers testMembers;

    @Inject
    Listings listings;


    /** The member's views or enquiries in a month, from single rows and daily counts, counted in plain SQL. */
    long count(String kind, long member, String month, Long product) {
        String table = kind.equals("views") ? "product_view" : "enquiry";
        String productFilter = product == null ? "" : " and product_id = " + product;
        return sql.count("select count(*) from " + table + " where member_id = ? and date_format(created_at, '%Y-%m') = ?"
                + productFilter, member, month)
                + sql.count("select coalesce(sum(" + kind + "), 0) from product_daily_count where member_id = ?"
                + " and date_format(day, '%Y-%m') = ?" + productFilter, member, month);
    }

    @Test
    void theAdminsCopyEqualsSqlWithTheChangeFromTheMonthBeforeAndAChatLinkToTheMembersOwnCopy() throws IOException {
        TestMembers.Owner owner = testMembers.approved("Bulanan Uji & Saudara");
        long first = product(owner.memberId(), "Keripik Bulanan Uji", "kuliner");
        long second = product(owner.memberId(), "Sambal Bulanan Uji", "kuliner");
        visits("product_view", first, owner.memberId(), "2025-06-03 09:00:00", 4);
        visits("enquiry", first, owner.memberId(), "2025-06-30 23:59:00", 1);
        visits("product_view", second, owner.memberId(), "2025-06-15 12:00:00", 2);
        visits("enquiry", second, owner.memberId(), "2025-06-15 12:05:00", 3);
        daily("2025-06-10", first, owner.memberId(), 20, 2);
        daily("2025-05-31", first, owner.memberId(), 10, 1);
        visits("product_view", second, owner.memberId(), "2025-05-01 00:00:00", 5);
        visits("enquiry", first, owner.memberId(), "2025-07-01 00:00:00", 9);  // the month after: not counted

        long views = count("views", owner.memberId(), "2025-06", null);
        long enquiries = count("enquiries", owner.memberId(), "2025-06", null);
        long viewsBefore = count("views", owner.memberId(), "2025-05", null);
        long enquiriesBefore = count("enquiries", owner.memberId(), "2025-05", null);
        assertEquals(List.of(26L, 6L, 15L, 1L), List.of(views, enquiries, viewsBefore, enquiriesBefore));

        FormClient admin = AdminPagesTest.admin();
        String page = admin.get("/admin/laporan/anggota?member=" + owner.memberId() + "&month=2025-06").then()
                .statusCode(200).extract().asString();
        assertTrue(page.contains("Bulanan Uji &amp; Saudara: laporan Juni 2025"), "the title names member and month");
        ReportPagesTest.save("anggota.html", page);
        List<List<String>> rows = rows(page);
        assertEquals(List.of("Dilihat", String.valueOf(views), String.valueOf(viewsBefore), "+11 (+73%)"), rows.get(0));
        assertEquals(List.of("Pesan WhatsApp", String.valueOf(enquiries), String.valueOf(enquiriesBefore),
                "+5 (+500%)"), rows.get(1));
        // Top products: most enquiries first (Sambal 3, Keripik 3 → more views first), each equal to SQL.
        assertEquals(List.of("Keripik Bulanan Uji", String.valueOf(count("views", owner.memberId(), "2025-06", first)),
                String.valueOf(count("enquiries", owner.memberId(), "2025-06", first))), rows.get(2).subList(0, 3));
        assertEquals(List.of("Sambal Bulanan Uji", String.valueOf(count("views", owner.memberId(), "2025-06", second)),
                String.valueOf(count("enquiries", owner.memberId(), "2025-06", second))), rows.get(3).subList(0, 3));

        Matcher chat = CHAT.matcher(page);
        assertTrue(chat.find(), "a WhatsApp chat to send the report");
        String link = chat.group(1).replace("&amp;", "&");
        assertTrue(link.startsWith("https://wa.me/" + sql.single("select whatsapp from member where id = ?",
                owner.memberId()) + "?text="), link);
        String text = URLDecoder.decode(link.substring(link.indexOf("?text=") + 6), StandardCharsets.UTF_8);
        assertTrue(text.contains("Juni 2025") && text.contains("dilihat 26 kali") && text.contains("6 pesan"), text);
        Matcher url = Pattern.compile("(https?://\\S+/akun/laporan\\?month=2025-06)").matcher(text);
        assertTrue(url.find(), text);

        // The link in the chat opens the member's own copy, behind their login, with the same numbers.
        String own = url.group(1).replaceFirst("^https?://[^/]+", "");
        new FormClient().get(own).then().statusCode(303).header("Location", containsString("/masuk"));
        String memberPage = owner.browser().get(own).then().statusCode(200).extract().asString();
        assertEquals(rows, rows(memberPage));

        String pdfText = pdfText(admin.get("/admin/laporan/anggota/pdf?member=" + owner.memberId() + "&month=2025-06"));
        assertTrue(pdfText.contains("Bulanan Uji & Saudara"), pdfText);
        assertTrue(pdfText.contains("Juni 2025") && pdfText.contains("Mei 2025"), pdfText);
        assertTrue(pdfText.contains("Dilihat 26 15 +11 (+73%)"), pdfText);
        assertTrue(pdfText.contains("Keripik Bulanan Uji"), pdfText);
        assertEquals(pdfText, pdfText(owner.browser().get("/akun/laporan/pdf?month=2025-06")), "the member's PDF");
    }

    @Test
    void aMemberWhoJoinedThisMonthOpensOnThisMonthWithItsNumbersSoFar() {
        TestMembers.Owner owner = testMembers.approved("Bulanan Baru Uji");
        long product = product(owner.memberId(), "Kopi Bulan Ini Uji", "kuliner");
        YearMonth thisMonth = YearMonth.from(clock.today());
        visits("product_view", product, owner.memberId(), thisMonth.atDay(1) + " 12:00:00", 3);
        visits("enquiry", product, owner.memberId(), thisMonth.atDay(1) + " 12:30:00", 1);
        long views = count("views", owner.memberId(), thisMonth.toString(), null);
        assertEquals(3, views);

        String page = owner.browser().get("/akun/laporan").then().statusCode(200).extract().asString();
        String monthName = MemberReportPages.monthName(thisMonth, "id");
        assertTrue(page.contains("Bulanan Baru Uji: laporan " + monthName), "opens on this month: " + page);
        assertTrue(page.contains("<th scope=\"row\">Dilihat</th><td>" + views + "</td>"), page);
        assertTrue(page.contains("<th scope=\"row\">Kopi Bulan Ini Uji</th><td>3</td><td>1</td>"), page);
        int recent = page.indexOf("<nav class=\"no-print\"");
        assertTrue(page.indexOf("<li><a href=\"/akun/laporan?month=" + thisMonth + "\">" + monthName + "</a></li>",
                recent) > recent, "this month is the first of the recent ones");
        assertFalse(page.contains("peramban"), "plain words");
    }

    @Test
    void aMemberSeesOnlyTheirOwnReportsAndNeverTheAdminsPages() {
        TestMembers.Owner owner = testMembers.approved("Bulanan Sendiri Uji");
        TestMembers.Owner other = testMembers.approved("Bulanan Lain Uji");
        owner.browser().get("/akun").then().statusCode(200).body(containsString("href=\"/akun/laporan\""));
        owner.browser().get("/akun/laporan").then().statusCode(200).body(containsString("Bulanan Sendiri Uji"));
        owner.browser().get("/akun/laporan?member=" + owner.memberId()).then().statusCode(200);
        owner.browser().get("/akun/laporan?member=" + other.memberId() + "&month=2025-06").then().statusCode(404);
        owner.browser().get("/akun/laporan/pdf?member=" + other.memberId()).then().statusCode(404);
        owner.browser().get("/admin/laporan/anggota?member=" + other.memberId()).then().statusCode(403);
        owner.browser().get("/admin/laporan/anggota/pdf?member=" + other.memberId()).then().statusCode(403);
        new FormClient().get("/akun/laporan/pdf").then().statusCode(303);
        new FormClient().get("/admin/laporan/anggota?member=" + other.memberId()).then().statusCode(303);
        // The admin account has no member business of its own.
        AdminPagesTest.admin().get("/akun/laporan").then().statusCode(404);
        AdminPagesTest.admin().get("/admin/laporan/anggota?member=999999999").then().statusCode(404);
        AdminPagesTest.admin().get("/admin/anggota?q=" + id.etalase.account.TestAccounts.stored(other.phone())).then().statusCode(200)
                .body(containsString("/admin/laporan/anggota?member=" + other.memberId()));
    }

    @Test
    void aMonthThatCannotBeReadIsExplained() {
        TestMembers.Owner owner = testMembers.approved("Bulanan Salah Uji");
        owner.browser().get("/akun/laporan?month=juni").then().statusCode(400)
                .body(containsString("Bulan tidak terbaca"));
        AdminPagesTest.admin().get("/admin/laporan/anggota?member=" + owner.memberId() + "&month=2025-13&lang=en")
                .then().statusCode(400).body(containsString("The month cannot be read"));
        owner.browser().get("/akun/laporan/pdf?month=2025-1").then().statusCode(400);
    }

    static List<List<String>> rows(String page) {
        Matcher row = ROW.matcher(page);
        List<List<String>> rows = new java.util.ArrayList<>();
        while (row.find()) {
            List<String> cells = new java.util.ArrayList<>();
            for (int g = 1; g <= row.groupCount(); g++) {
                if (row.group(g) != null) {
                    cells.add(row.group(g).replace("&amp;", "&").replace("\u2212", "-"));
                }
            }
            rows.add(cells);
        }
        return rows;
    }

    static String pdfText(Response answer) throws IOException {
        answer.then().statusCode(200).contentType("application/pdf");
        byte[] pdf = answer.asByteArray();
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            if (java.nio.file.Files.isReadable(java.nio.file.Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))) {
                var resources = document.getPage(0).getResources();
                List<String> fonts = new java.util.ArrayList<>();
                for (var name : resources.getFontNames()) {
                    fonts.add(resources.getFont(name).getName());
                }
                assertTrue(fonts.stream().anyMatch(f -> f.contains("DejaVuSans")), "the font is embedded: " + fonts);
            }
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    long product(long member, String name, String sector) {
        return listings.published(member, name, "Dibuat untuk laporan uji.", 5000L, null, sector).id();
    }

    void visits(String table, long product, long member, String at, int count) {
        for (int i = 0; i < count; i++) {
            sql.update("insert into " + table + " (product_id, member_id, client_hash, source_page, created_at)"
                    + " values (?, ?, ?, '/produk/x', ?)", product, member, "%064d".formatted(System.nanoTime()), at);
        }
    }

    void daily(String day, long product, long member, int views, int enquiries) {
        sql.update("insert into product_daily_count (day, product_id, member_id, views, enquiries)"
                + " values (?, ?, ?, ?, ?)", day, product, member, views, enquiries);
    }
}
