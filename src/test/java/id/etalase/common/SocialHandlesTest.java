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

    @Test
    void blankMeansNoHandle() {
        assertNull(SocialHandles.instagram("  "));
        assertNull(SocialHandles.tiktok(null));
    }
}
