package id.etalase.enquiry;

import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RequestInfoTest {

    static final String UA = "Mozilla/5.0 (Linux; Android 13) Chrome/120.0 Mobile Safari/537.36";
    static final String HOST = "etalase.example:443";

    @Test
    void onlyTopLevelPageLoadsAreNavigationsWhereTheBrowserSays() {
        assertTrue(RequestInfo.isNavigation("navigate", "document"));
        assertTrue(RequestInfo.isNavigation(null, null), "older browsers and curl send no Fetch Metadata");
        assertTrue(RequestInfo.isNavigation("NAVIGATE", null));
        assertFalse(RequestInfo.isNavigation("no-cors", "image"), "an <img> on another site");
        assertFalse(RequestInfo.isNavigation("cors", "empty"), "a fetch()");
        assertFalse(RequestInfo.isNavigation("navigate", "iframe"));
        assertFalse(RequestInfo.isNavigation(null, "script"));
    }

    @Test
    void theSourceIsALocalFromPathElseTheReferersPathOnThisPortal() {
        assertEquals("/cari", source("/cari?q=keripik", "https://etalase.example/kategori/kuliner"));
        assertEquals("/kategori/kuliner", source(null, "https://ETALASE.example/kategori/kuliner?page=2#top"));
        assertEquals("/", source(null, "https://etalase.example"));
        assertEquals("/wilayah/bandar-lampung", source("https://evil.example/x",
                "http://etalase.example:8080/wilayah/bandar-lampung"));
        assertEquals("/anggota/sai-tani", source("//evil.example/x", "https://etalase.example/anggota/sai-tani"));
    }

    @Test
    void otherSitesAndBrokenReferersLeaveNoSource() {
        assertNull(source(null, "https://l.facebook.com/l.php?u=https%3A%2F%2Fetalase.example&h=AT0secret"));
        assertNull(source(null, "not a url ::"));
        assertNull(source(null, null));
        assertNull(RequestInfo.of(UA, "10.0.0.9", null, "https://etalase.example/x", null, false, true).sourcePage());
    }

    @Test
    void theSourceFitsItsColumnWithoutControlCharacters() {
        String longPath = "/cari/" + "k".repeat(400);
        assertEquals(RequestInfo.MAX_SOURCE_PAGE, source(longPath, null).length());
        assertEquals("/cari", source("/cari?q=kopi\r\n", null));
        assertEquals("/produk/kopi", source("/produk/\u0000kopi", null));
    }

    private static String source(String from, String referer) {
        return RequestInfo.of(UA, "10.0.0.9", from, referer, HOST, false, true).sourcePage();
    }
}
