package id.etalase.common;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class SocialHandlesTest {

    @ParameterizedTest
    @CsvSource({
            "keripik.siti, keripik.siti",
            "@keripik.siti, keripik.siti",
            " @keripik.siti , keripik.siti",
            "https://www.instagram.com/keripik.siti/, keripik.siti",
            "instagram.com/keripik.siti?igsh=abc, keripik.siti",
            "bukan handle!, bukan handle!"
    })
    void instagramHandlesAreKeptBare(String typed, String handle) {
        assertEquals(handle, SocialHandles.instagram(typed));
    }

    @ParameterizedTest
    @CsvSource({
            "@tapis.ratu, tapis.ratu",
            "https://www.tiktok.com/@tapis.ratu, tapis.ratu",
            "tiktok.com/@tapis.ratu/?lang=id, tapis.ratu"
    })
    void tiktokHandlesAreKeptBare(String typed, String handle) {
        assertEquals(handle, SocialHandles.tiktok(typed));
    }

    @ParameterizedTest
    @CsvSource({
            "keripikmakijah, https://shopee.co.id/keripikmakijah",
            "@keripik.mak_ijah, https://shopee.co.id/keripik.mak_ijah",
            "shopee.co.id/keripikmakijah, https://shopee.co.id/keripikmakijah",
            "www.shopee.co.id/keripikmakijah, https://shopee.co.id/keripikmakijah",
            "http://shopee.co.id/keripikmakijah?smtt=0, https://shopee.co.id/keripikmakijah?smtt=0",
            "https://id.shp.ee/AbC123, https://id.shp.ee/AbC123",
            "Toko Keripik Mak Ijah, Toko Keripik Mak Ijah",
            "https://evil.example/shop, https://evil.example/shop"
    })
    void shopeeShopsBecomeTheirFullAddress(String typed, String address) {
        assertEquals(address, SocialHandles.shopee(typed));
    }

    @ParameterizedTest
    @CsvSource({
            "tapisratu, https://www.tokopedia.com/tapisratu",
            "tokopedia.com/tapisratu, https://www.tokopedia.com/tapisratu",
            "https://tokopedia.com/tapisratu/produk-a, https://www.tokopedia.com/tapisratu/produk-a",
            "https://tokopedia.link/xYz9, https://tokopedia.link/xYz9",
            "tk.tokopedia.com/ZSabc/, https://tk.tokopedia.com/ZSabc/"
    })
    void tokopediaShopsBecomeTheirFullAddress(String typed, String address) {
        assertEquals(address, SocialHandles.tokopedia(typed));
    }

    @Test
    void blankMeansNoHandle() {
        assertNull(SocialHandles.instagram("  "));
        assertNull(SocialHandles.tiktok(null));
        assertNull(SocialHandles.shopee(" "));
        assertNull(SocialHandles.tokopedia(null));
    }
}
