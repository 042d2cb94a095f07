package id.etalase.web;

import id.etalase.account.TestAccounts;
import id.etalase.search.SearchTesting;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlContains;

/**
 * A new member's whole way in, at phone size in a real Chromium, with an admin on another phone, counting the member's
 * taps: from the home page → "Jualan di sini" → register → first product with a photo → submitted in the same visit;
 * the admin approves the business and then the product, and it is live and found by a shopper's search without the
 * member coming back. Prints the tap counts; screenshots under target/screenshots/member-*.png.
 */
@QuarkusTest
class MemberJourneyTest {

    /** The bar: a first product submitted within 12 taps of the home page. */
    static final int MOST_TAPS_TO_FIRST_PRODUCT = 12;

    @TestHTTPResource("/")
    URL base;

    @Inject
    SearchTesting search;

    @Inject
    id.etalase.common.Sql sql;

    @Test
    void fromTheHomePageToALiveFirstProductInOneVisitCountingTheTaps() throws Exception {
        Assertions.assertTrue(BrowserSession.available(), "needs Debian's chromium (scripts/test.sh installs it)");
        search.awaitElasticsearchAnswering();
        String phone = TestAccounts.newPhone();
        String business = "Kedai Perjalanan " + System.nanoTime() % 100000;
        String product = "Pempek Kapal Selam " + business;
        // A full-size phone photo (2400 × 1800 with EXIF): the page shrinks it before it is sent.
        java.nio.file.Path photo = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target",
                "journey")).resolve("pempek.jpg");
        java.nio.file.Files.write(photo, id.etalase.catalog.TestImages.phoneJpeg(2400, 1800));
        Object homeDistrict = sql.single("select d.code from member m join district d on d.id = m.district_id"
                + " where m.status = 'active' group by d.code order by count(*) desc, d.code limit 1");
        try (BrowserSession member = BrowserSession.start(); BrowserSession admin = BrowserSession.start()) {
            Taps taps = new Taps();
            member.driver.get(base.toString());
            taps.tap(member.driver.findElement(By.cssSelector("header a.sell")));
            member.wait.until(urlContains("/daftar"));
            taps.type(member.driver.findElement(By.id("businessName")), business);
            taps.type(member.driver.findElement(By.id("ownerName")), "Rina Wati");
            taps.type(member.driver.findElement(By.id("whatsapp")), phone);
            taps.tap(member.driver.findElement(By.xpath("//label[input[@name='sector' and @value='kuliner']]")));
            assertEquals(homeDistrict, new Select(member.driver.findElement(By.id("district")))
                    .getFirstSelectedOption().getDomAttribute("value"), "the district starts at the community's own");
            taps.type(member.driver.findElement(By.id("password")), TestAccounts.PASSWORD);
            phonePage(member, "member-1-register");
            taps.tap(member.driver.findElement(By.cssSelector("form[action='/daftar'] button[type=submit]")));

            member.wait.until(urlContains("/akun/produk/baru"));
            assertTrue(member.driver.findElement(By.cssSelector("p.notice")).getText()
                    .contains("menunggu persetujuan admin"), "registered, and on to the first product at once");
            assertEquals("kuliner", new Select(member.driver.findElement(By.id("sector")))
                    .getFirstSelectedOption().getDomAttribute("value"), "the sector starts at the business's own");
            taps.pickPhoto(member.driver.findElement(By.id("photos")), photo);
            taps.type(member.driver.findElement(By.id("name")), product);
            taps.type(member.driver.findElement(By.id("price")), "32rb");
            phonePage(member, "member-2-first-product");
            taps.tap(member.driver.findElement(By.cssSelector("button[value=ajukan]")));
            member.wait.until(urlContains("pesan=submitted_with_application"));
            int submitted = taps.count;
            phonePage(member, "member-3-dashboard");
            assertEquals(List.of("pending", 32000L), sql.row("select p.status, p.price from product p join member m"
                    + " on m.id = p.member_id where p.name = ?", product), "submitted, waiting with the application");

            login(admin, TestAccounts.ADMIN_PHONE, TestAccounts.ADMIN_PASSWORD);
            admin.driver.get(base + "admin");
            Taps adminTaps = new Taps();
            WebElement item = admin.driver.findElement(By.xpath("//li[h3[text()='" + business + "']]"));
            assertTrue(item.getText().contains(product), "the product sent with the application is on its card");
            phonePage(admin, "member-4-admin-queue");
            adminTaps.tap(item.findElement(By.cssSelector("form[action='/admin/anggota/setujui'] button")));
            admin.wait.until(urlContains("pesan=disetujui"));
            adminTaps.tap(admin.driver.findElement(By.cssSelector("nav.admin-nav a[href='/admin/produk']")));
            WebElement queued = admin.driver.findElement(By.xpath("//li[h3[text()='" + product + "']]"));
            phonePage(admin, "member-5-admin-products");
            adminTaps.tap(queued.findElement(By.cssSelector("form[action='/admin/produk/setujui'] button")));
            admin.wait.until(urlContains("pesan=produk-tayang"));

            // A shopper (the admin's phone, signed out of nothing that matters) finds it; the member did not return.
            search.awaitIndexed();
            admin.driver.get(base + "cari?q=pempek+kapal+selam+" + business.toLowerCase().replace(' ', '+'));
            WebElement card = admin.driver.findElements(By.cssSelector("a.product-card")).stream()
                    .filter(c -> c.getText().contains(product)).findFirst()
                    .orElseThrow(() -> new AssertionError("a shopper's search finds the new product"));
            phonePage(admin, "member-6-search");
            card.click();
            admin.wait.until(urlContains("/produk/"));
            assertTrue(admin.driver.getPageSource().contains("Rp32.000"));
            WebElement shown = admin.driver.findElement(By.cssSelector(".gallery img.photo"));
            assertTrue(shown.getDomAttribute("src").startsWith("/foto/"), "the photo is on the page");
            assertEquals(900, Integer.parseInt(shown.getDomAttribute("width")), "upright: the portrait's width");
            phonePage(admin, "member-7-live-product");

            System.out.printf("Member journey taps from the home page: %d to a submitted first product, %d to a live"
                    + " one (the member does not come back); the admin's decisions: %d%n", submitted, taps.count,
                    adminTaps.count);
            assertTrue(submitted <= MOST_TAPS_TO_FIRST_PRODUCT, "taps to a submitted first product: " + submitted);
            assertEquals(submitted, taps.count, "nothing more for the member to do");
        }
    }

    /**
     * The touches a person makes on a phone: one for a link, button or chip, one to put the cursor in a field (typing
     * itself is not counted), two for a photo (the field, then the picture in the gallery).
     */
    static final class Taps {
        int count;

        void tap(WebElement target) {
            target.click();
            count++;
        }

        void type(WebElement field, String text) {
            tap(field);
            field.sendKeys(text);
        }

        void pickPhoto(WebElement field, java.nio.file.Path file) {
            // Clicking a file field would open the system picker; sending the path is what choosing in it does.
            field.sendKeys(file.toAbsolutePath().toString());
            count += 2;
        }
    }

    static void type(BrowserSession browser, String field, String text) {
        WebElement input = browser.driver.findElement(By.id(field));
        input.clear();
        input.sendKeys(text);
    }

    void login(BrowserSession browser, String phone, String password) {
        browser.driver.get(base + "masuk");
        type(browser, "whatsapp", phone);
        type(browser, "password", password);
        browser.driver.findElement(By.cssSelector("form[action='/masuk'] button[type=submit]")).click();
        browser.wait.until(urlContains("/akun"));
    }

    /** The page at phone size: Indonesian, nothing scrolling sideways; and its screenshot. */
    static void phonePage(BrowserSession browser, String screenshot) {
        assertEquals("id", browser.driver.findElement(By.tagName("html")).getDomAttribute("lang"));
        assertEquals(0, browser.horizontalOverflow(), "nothing scrolls sideways: " + browser.driver.getCurrentUrl());
        browser.screenshot(screenshot);
    }
}
