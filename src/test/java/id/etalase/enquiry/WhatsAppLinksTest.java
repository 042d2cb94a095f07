package id.etalase.enquiry;

import id.etalase.i18n.AppMessages;
import id.etalase.i18n.Languages;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A Quarkus test because the texts come from the message bundle. */
@QuarkusTest
class WhatsAppLinksTest {

    static final AppMessages ID = Languages.messages(Languages.INDONESIAN);
    static final AppMessages EN = Languages.messages(Languages.ENGLISH);

    static final String SELLER_PHONE = "6281234567890";
    static final String PRODUCT_URL = "http://localhost:8080/produk/keripik-pisang-cokelat";

    @Test
    void chatLinkCarriesTheIssuesExampleTextWithSpacesAsPercent20() {
        String link = WhatsAppLinks.chatProduct(SELLER_PHONE, "Keripik Mak Ijah", "Keripik Pisang Cokelat", 25000L,
                PRODUCT_URL, "Etalase", ID);
        assertEquals("https://wa.me/6281234567890?text=Halo%20Keripik%20Mak%20Ijah%2C%20saya%20tertarik%20dengan"
                + "%20Keripik%20Pisang%20Cokelat%20%28Rp25.000%29%20di%20Etalase%3A%20http%3A%2F%2Flocalhost%3A8080"
                + "%2Fproduk%2Fkeripik-pisang-cokelat.%20Apakah%20masih%20tersedia%3F", link);
        assertEquals("Halo Keripik Mak Ijah, saya tertarik dengan Keripik Pisang Cokelat (Rp25.000) di Etalase:"
                + " http://localhost:8080/produk/keripik-pisang-cokelat. Apakah masih tersedia?", text(link));
    }

    @Test
    void ampersandHashPlusAndNonAsciiAreEncodedSoTheTextSurvivesWhole() {
        String link = WhatsAppLinks.chatProduct(SELLER_PHONE, "Kopi & Teh #1", "Paket 1+1 – Robusta", 1250000L,
                "http://localhost:8080/produk/paket-1-1-robusta", "Etalase", ID);
        String query = link.substring(link.indexOf("?text=") + "?text=".length());
        assertTrue(query.startsWith("Halo%20Kopi%20%26%20Teh%20%231%2C"), query);
        assertTrue(query.contains("Paket%201%2B1%20%E2%80%93%20Robusta%20%28Rp1.250.000%29"), query);
        for (String raw : new String[] { " ", "+", "&", "#", "?", "(" }) {
            assertFalse(query.contains(raw), () -> "unencoded '" + raw + "' in " + query);
        }
        assertEquals("Halo Kopi & Teh #1, saya tertarik dengan Paket 1+1 – Robusta (Rp1.250.000) di Etalase:"
                + " http://localhost:8080/produk/paket-1-1-robusta. Apakah masih tersedia?", text(link));
    }

    @Test
    void withoutAPriceTheTextSaysHargaNegoOrNegotiable() {
        assertEquals("Halo Tapis Mbak Lastri, saya tertarik dengan Selendang Tapis (harga nego) di Etalase:"
                + " https://etalase.example/produk/selendang-tapis. Apakah masih tersedia?",
                text(WhatsAppLinks.chatProduct(SELLER_PHONE, "Tapis Mbak Lastri", "Selendang Tapis", null,
                        "https://etalase.example/produk/selendang-tapis", "Etalase", ID)));
        assertEquals("Hello Tapis Mbak Lastri, I am interested in Selendang Tapis (negotiable) on Etalase:"
                + " https://etalase.example/produk/selendang-tapis. Is it still available?",
                text(WhatsAppLinks.chatProduct(SELLER_PHONE, "Tapis Mbak Lastri", "Selendang Tapis", null,
                        "https://etalase.example/produk/selendang-tapis", "Etalase", EN)));
    }

    @Test
    void pricesAreWrittenTheIndonesianWay() {
        assertEquals("Rp0", WhatsAppLinks.price(0L, ID));
        assertEquals("Rp999", WhatsAppLinks.price(999L, EN));
        assertEquals("Rp25.000", WhatsAppLinks.price(25000L, ID));
        assertEquals("Rp1.250.000", WhatsAppLinks.price(1250000L, EN));
        assertEquals("harga nego", WhatsAppLinks.price(null, ID));
    }

    @Test
    void shareLinkHasNoNumberSoTheShopperPicksTheChat() {
        String id = WhatsAppLinks.shareProduct("Kopi Robusta Lampung", 45000L, "http://localhost:8080/produk/kopi", "Etalase", ID);
        assertEquals("https://wa.me/?text=Lihat%20Kopi%20Robusta%20Lampung%20%28Rp45.000%29%20di%20Etalase%3A%20"
                + "http%3A%2F%2Flocalhost%3A8080%2Fproduk%2Fkopi", id);
        String en = WhatsAppLinks.shareProduct("Kopi Robusta Lampung", null, "http://localhost:8080/produk/kopi", "Etalase", EN);
        assertTrue(en.startsWith("https://wa.me/?text="), en);
        assertEquals("Have a look at Kopi Robusta Lampung (negotiable) on Etalase: http://localhost:8080/produk/kopi",
                text(en));
    }

    @Test
    void chatTakesOnlyTheDigitsOfTheNumber() {
        assertEquals("https://wa.me/6281234567890?text=Halo", WhatsAppLinks.chat("+62 812-3456-7890", "Halo"));
        assertThrows(IllegalArgumentException.class, () -> WhatsAppLinks.chat(" ", "Halo"));
        assertThrows(IllegalArgumentException.class, () -> WhatsAppLinks.chat(null, "Halo"));
    }

    static String text(String link) {
        return URLDecoder.decode(link.substring(link.indexOf("?text=") + "?text=".length()), StandardCharsets.UTF_8);
    }
}
