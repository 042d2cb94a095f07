package id.etalase.web;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openqa.selenium.support.ui.ExpectedConditions.numberOfElementsToBeMoreThan;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlContains;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

/** A shopper's two journeys through the server-rendered pages, in a real headless Chromium on a phone-sized screen. */
@QuarkusTest
class BrowserJourneyTest {

    static final By SECTOR_LINK = By.cssSelector("a.sector-link");
    static final By PRODUCT_CARD = By.cssSelector("a.product-card");
    static final By SUGGESTION = By.cssSelector("ul#suggest li a");
    // Rp25.000 or Harga nego, optionally followed by the unit ("Rp25.000 / pcs").
    static final Pattern PRICE = Pattern.compile("(Rp[0-9]{1,3}(\\.[0-9]{3})*|Harga nego)( / .+)?");

    static BrowserSession browser;

    @TestHTTPResource("/")
    URL base;

    @BeforeAll
    static void startBrowser() throws Exception {
        // Fails rather than skips: a skipped journey would hide a page the CSP or a script broke.
        Assertions.assertTrue(BrowserSession.available(),
                "needs Debian's chromium at " + BrowserSession.CHROMIUM + " (scripts/test.sh installs it)");
        browser = BrowserSession.start();
    }

    @AfterAll
    static void quitBrowser() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void fromASectorToAProductAndItsWhatsAppButton() throws Exception {
        open("");
        browser.screenshot("sector-1-home");
        assertIndonesianPhonePage();

        browser.driver.findElements(SECTOR_LINK).get(0).click();
        browser.wait.until(urlContains("/kategori/"));
        browser.wait.until(numberOfElementsToBeMoreThan(PRODUCT_CARD, 0));
        browser.screenshot("sector-2-listing");
        assertIndonesianPhonePage();

        browser.driver.findElements(PRODUCT_CARD).get(0).click();
        browser.wait.until(urlContains("/produk/"));
        browser.screenshot("sector-3-product");
        assertIndonesianPhonePage();

        String name = browser.driver.findElement(By.tagName("h1")).getText().strip();
        assertFalse(name.isEmpty(), "the product page names the product in its h1");
        String price = browser.driver.findElement(By.cssSelector(".price")).getText().strip();
        assertTrue(PRICE.matcher(price).matches(), "price shown as Rp25.000 or Harga nego, was: " + price);

        // The button is read, never followed: wa.me is outside, and following it would count an enquiry in a browser.
        String whatsapp = browser.driver.findElement(By.cssSelector("a#whatsapp")).getDomProperty("href");
        assertTrue(whatsapp.endsWith("/whatsapp"), whatsapp);
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<Void> redirect = http.send(HttpRequest.newBuilder(URI.create(whatsapp)).GET().build(),
                HttpResponse.BodyHandlers.discarding());
        assertEquals(303, redirect.statusCode(), whatsapp);
        String chat = redirect.headers().firstValue("Location").orElse("");
        assertTrue(chat.startsWith("https://wa.me/62"), "opens the seller's chat: " + chat);
        assertTrue(chat.contains("text="), "with a prepared message: " + chat);

        String share = browser.driver.findElement(By.cssSelector("a#share")).getDomProperty("href");
        assertTrue(share.startsWith("https://wa.me/?text="), share);
        assertFalse(browser.driver.findElements(By.cssSelector(".seller-card a[href*='/anggota/']")).isEmpty(),
                "the seller card links to the member's page");
    }

    @Test
    void typeaheadSuggestsThenSearchShowsResults() {
        open("");
        browser.screenshot("search-0-home");
        assertIndonesianPhonePage();
        WebElement query = browser.driver.findElement(By.cssSelector("form#search input#q"));
        query.sendKeys("kop");
        browser.wait.until(visibilityOfElementLocated(SUGGESTION));
        browser.screenshot("search-1-suggestions");

        List<String> suggestions = browser.driver.findElements(SUGGESTION).stream().map(WebElement::getText).toList();
        assertTrue(suggestions.stream().anyMatch(s -> s.toLowerCase(Locale.ROOT).contains("kopi")),
                "a suggestion for kop names Kopi: " + suggestions);

        query.sendKeys(Keys.ENTER);
        browser.wait.until(urlContains("/cari?q=kop"));
        browser.wait.until(numberOfElementsToBeMoreThan(PRODUCT_CARD, 0));
        browser.screenshot("search-2-results");
        assertIndonesianPhonePage();
        assertFalse(browser.driver.findElement(By.id("result-count")).getText().isBlank(), "the result count shows");
    }

    void open(String path) {
        browser.driver.get(base.toString() + path);
    }

    static void assertIndonesianPhonePage() {
        assertEquals("id", browser.driver.findElement(By.tagName("html")).getDomAttribute("lang"),
                "<html lang> on " + browser.driver.getCurrentUrl());
        assertEquals(BrowserSession.PHONE_WIDTH, ((Number) browser.driver.executeScript("return window.innerWidth;"))
                .intValue(), "the page is laid out for a phone");
        assertEquals(0, browser.horizontalOverflow(), "nothing scrolls sideways on a phone: "
                + browser.driver.getCurrentUrl());
    }
}
