package id.etalase.enquiry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class RequestInfoTest {

    static final String UA = "Mozilla/5.0 (Linux; Android 13) Chrome/120.0 Mobile Safari/537.36";
    static final String HOST = "etalase.example:443";

    @Test
    void theClientIsTheFirstForwardedAddressElseThePeer() {
        assertEquals("203.0.113.7",
                RequestInfo.of(UA, " 203.0.113.7 , 10.0.0.2", "10.0.0.9", null, null, HOST, false).clientAddress());
        assertEquals("10.0.0.9", RequestInfo.of(UA, null, "10.0.0.9", null, null, HOST, false).clientAddress());
        assertEquals("10.0.0.9", RequestInfo.of(UA, " ", "10.0.0.9", null, null, HOST, false).clientAddress());
    }

    @Test
    void theSourceIsALocalFromPathElseTheReferersPathOnThisPortal() {
        assertEquals("/cari?q=keripik", source("/cari?q=keripik", "https://etalase.example/kategori/kuliner"));
        assertEquals("/kategori/kuliner?page=2", source(null, "https://ETALASE.example/kategori/kuliner?page=2"));
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
        assertNull(RequestInfo.of(UA, null, "10.0.0.9", null, "https://etalase.example/x", null, false).sourcePage());
    }

    @Test
    void theSourceFitsItsColumnWithoutControlCharacters() {
        String longPath = "/cari?q=" + "k".repeat(400);
        assertEquals(RequestInfo.MAX_SOURCE_PAGE, source(longPath, null).length());
        assertEquals("/cari?q=kopi", source("/cari?q=kopi\r\n", null));
    }

    private static String source(String from, String referer) {
        return RequestInfo.of(UA, null, "10.0.0.9", from, referer, HOST, false).sourcePage();
    }
}
