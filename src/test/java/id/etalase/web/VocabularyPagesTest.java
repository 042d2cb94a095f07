package id.etalase.web;

import id.etalase.common.Sql;
import id.etalase.search.SearchTesting;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class VocabularyPagesTest {

    private static final Pattern COUNT = Pattern.compile("<p id=\"result-count\" class=\"count\">(\\d+) produk</p>");
    /** A word no demo product uses, which shoppers might mean as "kue". */
    private static final String MISS = "penganan";

    @Inject
    Sql sql;

    @Inject
    SearchTesting search;

    @BeforeEach
    void noRuleForTheWordYet() {
        sql.update("delete from search_synonym where terms like ?", "%" + MISS + "%");
        sql.update("delete from search_miss where query = ?", MISS);
    }

    @AfterEach
    void theIndexForgetsTheRuleAgain() {
        if (sql.count("select count(*) from search_synonym where terms like ?", "%" + MISS + "%") > 0) {
            sql.update("delete from search_synonym where terms like ?", "%" + MISS + "%");
            FormClient admin = AdminPagesTest.admin();
            admin.submit("/admin/kosakata", "/admin/kosakata/bangun-ulang", Map.of());
        }
    }

    @Test
    void aSearchIsTidiedBeforeItIsSearchedCountedAndShown() {
        sql.update("delete from search_miss where query like 'zzqnul%'");
        String typed = "  ZZQ\u0000NUL \t\u0007 kata\u001b  caf\u0065\u0301 ";
        String results = given().queryParam("q", typed).when().get("/cari").then().statusCode(200).extract()
                .asString();
        assertFalse(results.contains("\u0000") || results.contains("\u0007") || results.contains("\u001b"), results);
        assertTrue(results.contains("value=\"ZZQNUL kata caf\u00e9\""), "the box shows the words as searched");
        given().queryParam("q", typed).when().get("/api/v1/search").then().statusCode(200);

        assertEquals(2, sql.count("select sum(searches) from search_miss where query = ?", "zzqnul kata caf\u00e9"),
                "one query, composed (NFC), without control characters");
        // Symbols alone are no word to learn: not counted, and an old count of them is not shown.
        given().queryParam("q", "(((").when().get("/cari").then().statusCode(200);
        given().queryParam("q", "!!! ???").when().get("/api/v1/search").then().statusCode(200);
        assertEquals(0, sql.count("select count(*) from search_miss where query in ('(((', '!!! ???')"));
        sql.update("insert into search_miss (day, query, filters, engine, searches, last_seen) values (current_date(),"
                + " ')))', '', 'elasticsearch', 99, now(6)) on duplicate key update searches = 99");
        String page = AdminPagesTest.admin().get("/admin/kosakata").asString();
        assertFalse(page.contains("\u0000"), "HTML forbids U+0000");
        assertTrue(page.contains("<strong>zzqnul kata caf\u00e9</strong>"), page);
        assertFalse(page.contains("<strong>)))</strong>"), "junk counted before is not listed");
        sql.update("delete from search_miss where query = ')))'");
    }

    @Test
    void aZeroResultSearchBecomesAVariantAndFindsProductsAfterTheRebuild() throws Exception {
        search.awaitIndexed();
        long cakes = count("kue");
        assertTrue(cakes > 0, "the demo catalogue has cakes");
        assertEquals(0, count(MISS));
        assertEquals(0, count(MISS));

        FormClient admin = AdminPagesTest.admin();
        String page = admin.get("/admin/kosakata").asString();
        assertTrue(page.contains("<strong>" + MISS + "</strong> <small>2 kali, terakhir "), page);
        assertTrue(page.contains("Indeks pencarian sudah memakai kosakata ini."), "nothing changed yet");

        Response added = admin.submit("/admin/kosakata", "/admin/kosakata/varian",
                Map.of("query", MISS, "meaning", "Kue"));
        assertEquals(303, added.statusCode(), added.asString());
        assertEquals("kue, " + MISS, sql.single("select terms from search_synonym where terms like ?", "%" + MISS));
        page = admin.get("/admin/kosakata").asString();
        assertTrue(page.contains("Ada perubahan yang belum diterapkan."));
        assertTrue(!page.contains("<strong>" + MISS + "</strong>"), "a covered search leaves the list");
        assertEquals(0, count(MISS), "not before the rebuild");

        Response rebuilt = admin.submit("/admin/kosakata", "/admin/kosakata/bangun-ulang", Map.of());
        assertEquals(303, rebuilt.statusCode());
        assertTrue(rebuilt.header("Location").endsWith("/admin/kosakata?pesan=diterapkan"));
        assertTrue(admin.get("/admin/kosakata").asString().contains("Indeks pencarian sudah memakai kosakata ini."));
        assertEquals(cakes, count(MISS), "the variant finds what the word finds");
        assertEquals(java.util.List.of("vocabulary.rebuild", "vocabulary.add"),
                sql.column("select action from audit_log order by id desc limit 2"));

        long rule = ((Number) sql.single("select id from search_synonym where terms like ?", "%" + MISS)).longValue();
        assertEquals(303, admin.submit("/admin/kosakata", "/admin/kosakata/hapus", Map.of("id", String.valueOf(rule)))
                .statusCode());
        assertEquals(303, admin.submit("/admin/kosakata", "/admin/kosakata/bangun-ulang", Map.of()).statusCode());
        assertEquals(0, count(MISS), "removed and rebuilt: the word finds nothing again");
    }

    @Test
    void aRuleNeedsTwoPlainWordsAndComesBackWithItsMessage() {
        FormClient admin = AdminPagesTest.admin();
        long rules = sql.count("select count(*) from search_synonym");
        Response single = admin.submit("/admin/kosakata", "/admin/kosakata/tambah", Map.of("terms", MISS));
        assertEquals(400, single.statusCode());
        assertTrue(single.asString().contains("Tulis 2 sampai 10 kata yang berbeda, dipisah koma."));
        assertTrue(single.asString().contains("value=\"" + MISS + "\""), "kept as typed");
        Response markup = admin.submit("/admin/kosakata", "/admin/kosakata/tambah",
                Map.of("terms", MISS + ", <script>alert(1)</script>"));
        assertEquals(400, markup.statusCode());
        assertTrue(markup.asString().contains("hanya boleh berisi huruf, angka"));
        assertTrue(!markup.asString().contains("<script>alert(1)</script>"), "escaped");
        Response existing = admin.submit("/admin/kosakata", "/admin/kosakata/tambah",
                Map.of("terms", "Kripik,  KERIPIK"));
        assertEquals(400, existing.statusCode());
        assertTrue(existing.asString().contains("Aturan ini sudah ada."));
        assertEquals(rules, sql.count("select count(*) from search_synonym"));
    }

    private static long count(String query) {
        String html = given().queryParam("q", query).when().get("/cari").then().statusCode(200).extract().asString();
        Matcher count = COUNT.matcher(html);
        if (count.find()) {
            return Long.parseLong(count.group(1));
        }
        return html.contains("id=\"result-count\"") ? -1 : 0;
    }
}
