package id.etalase.common;

import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TypedTextTest {

    @Test
    void searchWordsAreComposedWithoutControlsAndWithSingleSpaces() {
        assertEquals("kopi bubuk", TypedText.searchWords("  kopi\u0000\t\u2003 bubuk\u0007\r\n"));
        assertEquals("caf\u00e9", TypedText.searchWords("cafe\u0301"), "NFC");
        assertEquals("", TypedText.searchWords("\u0000\u001b\uFFFF"));
        assertEquals("", TypedText.searchWords(null));
        assertEquals("\uD83D\uDE00 gula", TypedText.searchWords("\uD83D\uDE00\uD800 gula"), "a lone surrogate goes");
    }

    @Test
    void storedTextHoldsNoControlCharactersAndLineBreaksOnlyWhereAllowed() {
        assertTrue(TypedText.storable("Keripik Pisang \uD83D\uDE00 Mak Ijah", false));
        assertFalse(TypedText.storable("Owner\u0001", false));
        assertFalse(TypedText.storable("Owner\u0001", true));
        assertFalse(TypedText.storable("Kopi\nLampung", false));
        assertFalse(TypedText.storable("Kopi\u2028Lampung", false));
        assertTrue(TypedText.storable("Baris satu\r\nbaris\tdua", true));
        assertFalse(TypedText.storable("x\uFFFF", true));
        assertFalse(TypedText.storable("x\uD800", true));
        assertFalse(TypedText.storable("x\u007f", true));
        assertTrue(TypedText.storable(null, false));
    }

    @Test
    void linksAreFoundWhetherWrittenInFullOrAsABareDomain() {
        for (String link : new String[] { "Bayar di https://x.example", "wa.me/6281234567890", "www.kopi.com",
            "kopilampung.id", "bit.ly/abc", "Toko.Shop" }) {
            assertTrue(TypedText.hasLink(link), link);
        }
        for (String plain : new String[] { "Kopi 1.5 kg", "Rp25.000", "Gula Aren 0,5 Kg", "Tapis No. 3", "250 gr" }) {
            assertFalse(TypedText.hasLink(plain), plain);
        }
    }
}
