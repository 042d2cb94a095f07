package id.etalase.web;

import id.etalase.account.TestAccounts;
import id.etalase.common.Sql;
import id.etalase.search.SearchTesting;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlContains;

/**
 * One page of every type, public, member's and admin's, at phone size (412 × 915 in a real Chromium) with hostile
 * data: a member whose names and address are long unbroken words and a URL, a live product, a pending one and a
 * pending edit named the same way. No page may scroll sideways; the header's links and buttons are thumb-sized.
 * Beside {@link PublicPagesCrawlTest} rather than in it: that one asks the server for every page of the demo
 * catalogue, this one lays out one page of each type in a browser, so each stays quick.
 */
@QuarkusTest
class PhoneWidthPagesTest {

    static final int WIDTH = 412;
    static final int HEIGHT = 915;
    static final int TAP_TARGET = 44;
    /** The three elements (or texts) reaching furthest past the screen's right edge that no scrolling box holds. */
    static final String OFFENDERS = """
            const width = arguments[0];
            const held = e => {
              for (let a = e; a && a !== document.body; a = a.parentElement) {
                if (getComputedStyle(a).overflowX !== 'visible') return true;
              }
              return false;
            };
            const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                + (typeof e.className === 'string' && e.className.trim() ? '.' + e.className.trim().split(/\\s+/).join('.') : '');
            const out = [];
            for (const e of document.body.querySelectorAll('*')) {
              const r = e.getBoundingClientRect();
              if (r.width > 0 && r.right > width + 0.5 && !held(e.parentElement)) out.push([r.right, name(e)]);
            }
            const texts = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            const range = document.createRange();
            for (let t = texts.nextNode(); t; t = texts.nextNode()) {
              range.selectNodeContents(t);
              const r = range.getBoundingClientRect();
              if (t.textContent.trim() && r.right > width + 0.5 && !held(t.parentElement)) {
                out.push([r.right, 'text in ' + name(t.parentElement)]);
              }
            }
            out.sort((a, b) => b[0] - a[0]);
            return out.slice(0, 3).map(([right, what]) => what + ' to ' + Math.round(right) + ' px').join(', ');
            """;
    /** Every visible link, button and field of the header with its size. */
    static final String HEADER_TARGETS = """
            return [...document.querySelectorAll('header.top a, header.top button, header.top input')]
              .filter(e => e.getClientRects().length > 0 && e.getBoundingClientRect().left >= 0)
              .map(e => { const r = e.getBoundingClientRect();
                return [e.tagName.toLowerCase() + (e.className ? '.' + e.className : '') + ' "' + (e.textContent || e.placeholder).trim() + '"',
                  Math.round(r.width * 10) / 10, Math.round(r.height * 10) / 10]; });
            """;

    /** Pages (by how their path starts) that show the hostile names, so their check is not an empty one. */
    static final List<String> SHOWING_THE_NAMES = List.of("/cari", "/produk/kripik", "/anggota/", "/kategori/",
            "/wilayah/", "/laporkan", "/akun/produk/ubah", "/akun/profil", "/akun/laporan", "/admin/anggota?q",
            "/admin/pilihan?q", "/admin/produk", "/admin/laporan/anggota");

    static BrowserSession browser;
    static Hostile data;
    static int screens;

    /** What the pages are opened with, made once for the class. */
    record Hostile(String word, TestMembers.Owner member, String productSlug, long productId, long pendingId,
            String productName) {
    }

    @TestHTTPResource("/")
    URL base;

    @Inject
    TestMembers testMembers;

    @Inject
    Sql sql;

    @Inject
    SearchTesting search;

    @BeforeAll
    static void startBrowser() throws Exception {
        Assertions.assertTrue(BrowserSession.available(),
                "needs Debian's chromium at " + BrowserSession.CHROMIUM + " (scripts/test.sh installs it)");
        browser = BrowserSession.start(WIDTH, HEIGHT);
    }

    @AfterAll
    static void quitBrowser() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void noPageScrollsSidewaysOnAPhoneWithLongWordsAndLinksInTheData() throws Exception {
        Hostile hostile = hostile();
        FormClient admin = AdminPagesTest.admin();
        // On the home page as a featured member, so its name shows in a member card too.
        assertEquals(303, admin.submit("/admin/komunitas", "/admin/pilihan/tambah",
                Map.of("kind", "anggota", "slug", hostile.member().slug())).statusCode());
        try {
            List<String> faults = new ArrayList<>();
            String district = (String) sql.single("select d.slug from member m join district d on d.id = m.district_id"
                    + " where m.id = ?", hostile.member().memberId());
            String query = URLEncoder.encode(hostile.productName(), StandardCharsets.UTF_8);
            browser.driver.manage().deleteAllCookies();
            for (String page : List.of("/", "/cari?q=" + query, "/produk/" + hostile.productSlug(),
                    "/anggota/" + hostile.member().slug(), "/anggota/" + hostile.member().slug() + "/kartu",
                    "/kategori/kuliner", "/wilayah/" + district, "/tentang",
                    "/produk/" + hostile.word().toLowerCase() + "-tidak-ada", "/laporkan?produk=" + hostile.productSlug(),
                    "/daftar", "/masuk")) {
                check(page, faults);
            }

            login(hostile.member().phone(), TestAccounts.PASSWORD);
            for (String page : List.of("/akun", "/akun/produk/baru", "/akun/produk/ubah?id=" + hostile.productId(),
                    "/akun/produk/ubah?id=" + hostile.pendingId(), "/akun/profil", "/akun/laporan", "/akun/sandi",
                    "/akun/nomor")) {
                check(page, faults);
            }

            browser.driver.manage().deleteAllCookies();
            login(TestAccounts.ADMIN_PHONE, TestAccounts.ADMIN_PASSWORD);
            List<String> adminPages = new ArrayList<>(List.of("/admin/anggota?q=" + query.substring(0, 60),
                    "/admin/pilihan?q=" + query));
            for (String page : AdminPagesAccessTest.ADMIN_PAGES) {
                if (!page.contains("unduh") && !page.contains("pdf") && !page.contains("templat")
                        && !page.contains("ekspor")) {
                    adminPages.add(page.replace("{member}", String.valueOf(hostile.member().memberId())));
                }
            }
            for (String page : adminPages) {
                check(page, faults);
            }
            assertEquals(List.of(), faults, "pages wider than a " + WIDTH + " px phone");
        } finally {
            admin.submit("/admin/komunitas", "/admin/pilihan/hapus",
                    Map.of("kind", "anggota", "id", String.valueOf(hostile.member().memberId())));
        }
    }

    @Test
    void theHeadersLinksAndButtonsAreThumbSizedLoggedOutAndLoggedIn() throws Exception {
        Hostile hostile = hostile();
        browser.driver.manage().deleteAllCookies();
        open("/");
        List<String> faults = new ArrayList<>(smallTargets("logged out"));
        WebElement sell = browser.driver.findElement(By.cssSelector("header.top a[href='/daftar']"));
        assertEquals("Jualan di sini — gratis", sell.getText().strip(), "a visitor is invited to sell");
        browser.screenshot("phone-header-logged-out");

        login(hostile.member().phone(), TestAccounts.PASSWORD);
        open("/");
        faults.addAll(smallTargets("logged in"));
        assertTrue(browser.driver.findElements(By.cssSelector("header.top a[href='/daftar']")).isEmpty(),
                "a member is not asked to register again");
        assertEquals(1, browser.driver.findElements(By.cssSelector("header.top a[href='/akun']")).size(),
                "a member keeps the link to the account");
        browser.screenshot("phone-header-logged-in");
        assertEquals(List.of(), faults, "header targets smaller than " + TAP_TARGET + " × " + TAP_TARGET + " px");
    }

    /** The page at 412 px: nothing wider than the screen; a failure names the page and what sticks out. */
    void check(String page, List<String> faults) {
        open(page);
        assertEquals(WIDTH, ((Number) browser.driver.executeScript("return document.documentElement.clientWidth;"))
                .intValue(), "laid out for the phone: " + page);
        long scrollWidth = ((Number) browser.driver.executeScript(
                "return document.documentElement.scrollWidth;")).longValue();
        long innerWidth = ((Number) browser.driver.executeScript("return window.innerWidth;")).longValue();
        boolean showing = List.of("/", "/akun", "/admin").contains(page)
                || SHOWING_THE_NAMES.stream().anyMatch(page::startsWith) && !page.endsWith("-tidak-ada");
        if (showing) {
            assertTrue(browser.driver.getPageSource().contains(word(40)), page + " shows the long names");
        }
        // Named by the page's first two path segments and its place in the walk: phone-07-produk-kripik….png
        String[] type = (page.replaceAll("\\?.*", "") + "/").split("/");
        String name = type.length > 1 ? String.join("-", Arrays.copyOfRange(type, 1, Math.min(3, type.length)))
                : "beranda";
        browser.screenshot(String.format("phone-%02d-%s", ++screens,
                name.substring(0, Math.min(name.length(), 30))));
        if (scrollWidth > WIDTH || innerWidth > WIDTH) {
            faults.add(page + " is " + Math.max(scrollWidth, innerWidth) + " px wide: "
                    + browser.driver.executeScript(OFFENDERS, WIDTH));
        }
    }

    @SuppressWarnings("unchecked")
    List<String> smallTargets(String who) {
        List<String> small = new ArrayList<>();
        for (Object target : (List<Object>) browser.driver.executeScript(HEADER_TARGETS)) {
            List<Object> measured = (List<Object>) target;
            double width = ((Number) measured.get(1)).doubleValue();
            double height = ((Number) measured.get(2)).doubleValue();
            if (width < TAP_TARGET || height < TAP_TARGET) {
                small.add(who + ": " + measured.get(0) + " " + width + " × " + height);
            }
        }
        return small;
    }

    void open(String path) {
        browser.driver.get(base.toString().replaceAll("/$", "") + path);
    }

    void login(String phone, String password) {
        open("/masuk");
        MemberJourneyTest.type(browser, "whatsapp", phone);
        MemberJourneyTest.type(browser, "password", password);
        browser.driver.findElement(By.cssSelector("form[action='/masuk'] button[type=submit]")).click();
        browser.wait.until(urlContains("/akun"));
    }

    /**
     * Made through the application's own forms, once: an approved member whose names and address are unbroken words
     * as long as each field takes (up to 200 characters) and a URL, its live product with a pending edit, a pending
     * product, and a pending applicant named the same way for the admin's queue.
     */
    Hostile hostile() throws Exception {
        if (data != null) {
            return data;
        }
        search.awaitElasticsearchAnswering();
        String word = word(200);
        String url = "https://shopee.co.id/" + word(120).toLowerCase() + "?smtt=0.0.9&utm_source=grupwhatsapp";
        TestMembers.Owner member = testMembers.approved(word(150));
        Map<String, String> profile = new HashMap<>(AccountPagesTest.registration(word(150), member.phone()));
        profile.remove("whatsapp");
        profile.remove("password");
        profile.putAll(Map.of("ownerName", word(120), "scale", "mikro", "address", word(200) + " " + url.substring(0, 54),
                "description", word + "\n" + url));
        assertEquals(303, member.browser().submit("/akun/profil", "/akun/profil", profile).statusCode());

        String name = word(150);
        Map<String, String> product = new HashMap<>(Map.of("name", name, "description", word + "\n" + url, "price",
                "125000", "unit", word(40), "sector", "kuliner", "aksi", "ajukan"));
        assertEquals(303, member.browser().submit("/akun/produk/baru", "/akun/produk/simpan", product).statusCode());
        long live = ((Number) sql.single("select max(id) from product where member_id = ?", member.memberId()))
                .longValue();
        FormClient admin = AdminPagesTest.admin();
        assertEquals(303, AdminPagesTest.decide(admin, "/admin/produk/setujui", live, Map.of()).statusCode());
        String slug = (String) sql.single("select slug from product where id = ? and status = 'published'", live);

        product.put("id", String.valueOf(live));
        product.put("name", word(149));
        assertEquals(303, member.browser().submit("/akun/produk/ubah?id=" + live, "/akun/produk/simpan", product)
                .statusCode());
        product.remove("id");
        product.put("name", word(148));
        assertEquals(303, member.browser().submit("/akun/produk/baru", "/akun/produk/simpan", product).statusCode());
        long pending = ((Number) sql.single("select max(id) from product where member_id = ?", member.memberId()))
                .longValue();
        assertEquals(1L, ((Number) sql.single("select count(*) from product_revision where product_id = ?"
                + " and status = 'pending'", live)).longValue(), "the edit waits for the admin");
        testMembers.registered(word(147));
        search.awaitIndexed();
        data = new Hostile(word, member, slug, live, pending, name);
        return data;
    }

    /** One unbroken word of this many letters, the same start each time in this run. */
    static String word(int length) {
        return RUN_WORD.substring(0, length);
    }

    private static final String RUN_WORD = ("Kripik" + Long.toString(System.nanoTime() % 1_000_000_000L, 36)
            + "PisangCokelatLumerAsliBandarLampungTanpaPengawetDanPewarnaBuatanSendiriOlehIbuIbuPKK".repeat(4))
            .substring(0, 200);
}
