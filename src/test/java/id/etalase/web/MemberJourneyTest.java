package id.etalase.web;

import id.etalase.account.TestAccounts;
import id.etalase.search.SearchTesting;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlContains;

/**
 * A new member's whole way in, at phone size in a real Chromium, with an admin on another phone: register →
 * approved → log out and in → add a product → submit → approved → on its public page and found by a shopper's
 * search. Screenshots under target/screenshots/member-*.png.
 */
@QuarkusTest
class MemberJourneyTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    SearchTesting search;

    @Inject
    id.etalase.common.Sql sql;

    @Test
    void registerGetApprovedListAProductAndSeeItLive() throws Exception {
        Assertions.assertTrue(BrowserSession.available(), "needs Debian's chromium (scripts/test.sh installs it)");
        search.awaitElasticsearchAnswering();
        String phone = TestAccounts.newPhone();
        String business = "Kedai Perjalanan " + System.nanoTime() % 100000;
        try (BrowserSession member = BrowserSession.start(); BrowserSession admin = BrowserSession.start()) {
            member.driver.get(base + "daftar");
            type(member, "businessName", business);
            type(member, "ownerName", "Rina Wati");
            type(member, "whatsapp", phone);
            new Select(member.driver.findElement(By.id("sector"))).selectByValue("kuliner");
            new Select(member.driver.findElement(By.id("district"))).selectByValue("18.71");
            type(member, "password", TestAccounts.PASSWORD);
            member.screenshot("member-1-register");
            member.driver.findElement(By.cssSelector("form[action='/daftar'] button[type=submit]")).click();
            member.wait.until(urlContains("/akun"));
            assertTrue(member.driver.getPageSource().contains("menunggu persetujuan admin"));
            phonePage(member, "member-2-pending");

            login(admin, TestAccounts.ADMIN_PHONE, TestAccounts.ADMIN_PASSWORD);
            admin.driver.get(base + "admin");
            WebElement item = admin.driver.findElement(By.xpath("//li[h3[text()='" + business + "']]"));
            phonePage(admin, "member-3-admin-queue");
            item.findElement(By.cssSelector("form[action='/admin/anggota/setujui'] button")).click();
            admin.wait.until(urlContains("pesan=disetujui"));

            member.driver.findElement(By.cssSelector("form[action='/keluar'] button")).click();
            member.wait.until(urlContains("/masuk"));
            login(member, phone, TestAccounts.PASSWORD);
            assertTrue(member.driver.getPageSource().contains("Usaha Anda aktif di portal ini."));

            member.driver.findElement(By.linkText("Tambah produk")).click();
            String product = "Pempek Kapal Selam " + business;
            type(member, "name", product);
            member.driver.findElement(By.id("description")).sendKeys("Ikan tenggiri asli, cuko kental.");
            type(member, "price", "Rp 32.000");
            type(member, "unit", "porsi");
            new Select(member.driver.findElement(By.id("sector"))).selectByValue("kuliner");
            // A full-size phone photo (2400 × 1800 with EXIF): the page shrinks it before it is sent.
            java.nio.file.Path photo = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target",
                    "journey")).resolve("pempek.jpg");
            java.nio.file.Files.write(photo, id.etalase.catalog.TestImages.phoneJpeg(2400, 1800));
            member.driver.findElement(By.id("photos")).sendKeys(photo.toAbsolutePath().toString());
            phonePage(member, "member-4-new-product");
            member.driver.findElement(By.cssSelector("button[value=ajukan]")).click();
            member.wait.until(urlContains("pesan=submitted"));
            phonePage(member, "member-5-dashboard");

            admin.driver.get(base + "admin/produk");
            WebElement queued = admin.driver.findElement(By.xpath("//li[h3[text()='" + product + "']]"));
            phonePage(admin, "member-6-admin-products");
            queued.findElement(By.cssSelector("form[action='/admin/produk/setujui'] button")).click();
            admin.wait.until(urlContains("pesan=produk-tayang"));

            member.driver.get(base + "akun");
            member.driver.findElement(By.linkText("Lihat di portal")).click();
            member.wait.until(urlContains("/produk/"));
            assertTrue(member.driver.getPageSource().contains(product));
            assertTrue(member.driver.getPageSource().contains("Rp32.000"));
            WebElement shown = member.driver.findElement(By.cssSelector(".gallery img.photo"));
            assertTrue(shown.getDomAttribute("src").startsWith("/foto/"), "the photo is on the page");
            assertEquals(900, Integer.parseInt(shown.getDomAttribute("width")), "upright: the portrait's width");
            phonePage(member, "member-7-live-product");

            search.awaitIndexed();
            member.driver.get(base + "cari?q=pempek+kapal+selam+" + business.toLowerCase().replace(' ', '+'));
            assertTrue(member.driver.findElements(By.cssSelector("a.product-card")).stream()
                    .anyMatch(card -> card.getText().contains(product)), "a shopper's search finds it");
            phonePage(member, "member-8-search");
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
