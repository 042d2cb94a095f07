package id.etalase.admin;

import java.util.List;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChartsTest {

    static final Table PRODUCTS = new Table("Produk", List.of("Produk", "Dilihat", "Pesan"), List.of(
            List.of("<script>alert(1)</script>", 10L, 2L), List.of("Keripik", 5L, 1L), List.of("Keripik", 4L, 0L)));

    @Test
    void namesFromMembersAreTextNotMarkupAndSameNamesStayTwoBars() {
        String svg = Charts.bars(PRODUCTS, "Produk & pesan", 1, 2);
        assertFalse(svg.contains("<script"), "escaped");
        assertTrue(svg.contains("&lt;script&gt;"), "shown as text");
        assertTrue(svg.contains(">Keripik (2)<"), "a second product of the same name");
        assertTrue(svg.contains("Produk &amp; pesan"), "the title escaped");
    }

    @Test
    void chartsScaleWithAViewBoxAndStaySmall() {
        String svg = Charts.timeLines(new Table("Per hari", List.of("Tanggal", "Dilihat"), List.of(
                List.of("2026-10-01", 3L), List.of("2026-10-02", 0L), List.of("2026-10-03", 7L))), "Per hari", 1);
        assertTrue(svg.matches("(?s)<svg[^>]* width='460(\\.0)?' height='320(\\.0)?' viewBox='0(\\.0)? 0(\\.0)? 460(\\.0)? 320(\\.0)?'.*"),
                svg.substring(0, 300));
        assertFalse(svg.matches("(?s).*\\d\\.\\d{2,}.*(d=|x=).*"), "tenths of a pixel at most");
        assertEquals("12.3", Charts.tenths(12.345));
        assertEquals("12", Charts.tenths(12.04));
    }
}
