package id.etalase.common;

import java.util.Set;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;

class SlugsTest {

    @Test
    void readableLowerCaseAsciiWithHyphens() {
        assertEquals("keripik-pisang-cokelat-lumer", Slugs.of("  Keripik Pisang Cokelat — Lumer! "));
        assertEquals("cafe-kopi-sai", Slugs.of("Café Kopi  Sai"));
        assertEquals("tapis-rp1-500-000", Slugs.of("Tapis (Rp1.500.000)"));
    }

    @Test
    void textWithoutLettersOrDigitsStillGivesASlug() {
        assertEquals("item", Slugs.of("!!!"));
        assertEquals("item", Slugs.of(null));
    }

    @Test
    void longNamesAreCutAtAWordBoundaryWithoutTrailingHyphen() {
        String slug = Slugs.of("kopi ".repeat(40));
        assertEquals(99, slug.length());
        assertEquals("kopi", slug.substring(slug.length() - 4));
    }

    @Test
    void takenSlugsGetTheNextFreeNumber() {
        Set<String> taken = Set.of("sambal-seruit", "sambal-seruit-2");
        assertEquals("sambal-seruit-3", Slugs.unique("Sambal Seruit", taken::contains));
        assertEquals("sambal-lado", Slugs.unique("Sambal Lado", taken::contains));
    }
}
