package id.etalase.web;

import id.etalase.account.TestAccounts;
import id.etalase.admin.CurationService;
import id.etalase.common.Sql;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import static id.etalase.common.Sql.PUBLIC_PRODUCTS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlContains;

/**
 * An organiser at phone size in a real Chromium: features two products until an end date, renames the community,
 * and a shopper's phone shows both on the home page; then every admin page at phone size. Screenshots under
 * target/screenshots/admin-*.png.
 */
@QuarkusTest
class AdminJourneyTest {

    private static final String COMMUNITY = "Paguyuban UMKM Teluk Betung";

    @TestHTTPResource("/")
    URL base;

    @Inject
    Sql sql;

    @Inject
    CurationService curation;

    @AfterEach
    void restoreTheCommunity() {
        CurationPagesTest.unfeatureAll(curation, sql);
        FormClient admin = AdminPagesTest.admin();
        admin.submit("/admin/komunitas", "/admin/komunitas", CurationPagesTest.communityForm("Etalase"));
    }

    @Test
    void featureTwoProductsRenameTheCommunityAndSeeBothOnTheHomePage() throws Exception {
        Assertions.assertTrue(BrowserSession.available(), "needs Debian's chromium (scripts/test.sh installs it)");
        CurationPagesTest.unfeatureAll(curation, sql);
        List<List<Object>> picked = List.of(
                sql.row("select p.slug, p.name from " + PUBLIC_PRODUCTS + " order by p.id limit 1"),
                sql.row("select p.slug, p.name from " + PUBLIC_PRODUCTS + " and p.name not like 'Sambal Seruit%'"
                        + " and p.slug like 'kemeja-%' order by p.id limit 1"));
        String lastDay = LocalDate.now(ZoneId.of("Asia/Jakarta")).plusDays(14).toString();
        try (BrowserSession admin = BrowserSession.start(); BrowserSession shopper = BrowserSession.start()) {
            admin.driver.get(base + "masuk");
            MemberJourneyTest.type(admin, "whatsapp", TestAccounts.ADMIN_PHONE);
            MemberJourneyTest.type(admin, "password", TestAccounts.ADMIN_PASSWORD);
            admin.driver.findElement(By.cssSelector("form[action='/masuk'] button[type=submit]")).click();
            admin.wait.until(urlContains("/akun"));

            for (List<Object> product : picked) {
                admin.driver.get(base + "admin/pilihan?q=" + URLEncoder.encode((String) product.get(1),
                        StandardCharsets.UTF_8));
                admin.driver.findElement(By.xpath("//form[input[@name='slug' and @value='" + product.get(0)
                        + "']]/button")).click();
                admin.wait.until(urlContains("pesan=ditambahkan"));
            }
            for (List<Object> product : picked) {
                long id = ((Number) sql.single("select id from product where slug = ?", product.get(0))).longValue();
                WebElement item = admin.driver.findElement(By.id("pilihan-produk-" + id));
                WebElement ends = item.findElement(By.name("endsOn"));
                ((JavascriptExecutor) admin.driver).executeScript("arguments[0].value = arguments[1]", ends, lastDay);
                item.findElement(By.cssSelector("form[action='/admin/pilihan/jadwal'] button")).click();
                admin.wait.until(urlContains("pesan=dijadwalkan"));
            }
            assertTrue(admin.driver.getPageSource().contains("value=\"" + lastDay + "\""));
            MemberJourneyTest.phonePage(admin, "admin-1-picks");

            admin.driver.get(base + "admin/komunitas");
            MemberJourneyTest.type(admin, "name", COMMUNITY);
            MemberJourneyTest.type(admin, "taglineId", "Produk UMKM Teluk Betung");
            MemberJourneyTest.phonePage(admin, "admin-2-community");
            admin.driver.findElement(By.cssSelector("form[action='/admin/komunitas'] button[type=submit]")).click();
            admin.wait.until(urlContains("pesan=tersimpan"));

            shopper.driver.get(base.toString());
            assertEquals(COMMUNITY + " – Produk UMKM Teluk Betung", shopper.driver.getTitle());
            assertEquals(COMMUNITY, shopper.driver.findElement(By.cssSelector("header .brand")).getText());
            List<String> cards = shopper.driver.findElements(By.cssSelector("#featured-products .product-card"))
                    .stream().map(card -> card.getDomAttribute("href")).toList();
            assertEquals(List.of("/produk/" + picked.get(0).get(0), "/produk/" + picked.get(1).get(0)), cards);
            MemberJourneyTest.phonePage(shopper, "admin-3-home");

            // Every page of the admin area fits a phone: nothing scrolls sideways.
            long member = ((Number) sql.single("select min(id) from member where status = 'active'")).longValue();
            for (String page : AdminPagesAccessTest.ADMIN_PAGES) {
                if (!page.contains("unduh") && !page.contains("pdf") && !page.contains("templat")
                        && !page.contains("ekspor")) {
                    admin.driver.get(base + page.substring(1).replace("{member}", String.valueOf(member)));
                    MemberJourneyTest.phonePage(admin, "admin-page" + page.replaceAll("[^a-z]+", "-"));
                }
            }
        }
    }
}
