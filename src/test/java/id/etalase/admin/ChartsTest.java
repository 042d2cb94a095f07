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
    void longSectorNamesTakeTwoLinesInRowsTallEnoughNotToOverlap() {
        Table sectors = new Table("Sektor", List.of("Sektor", "Produk"), List.of(
                List.of("Fashion (tapis, batik, busana)", 40L), List.of("Kuliner (makanan & minuman)", 90L),
                List.of("Jasa kreatif dan percetakan undangan", 12L)));
        String svg = Charts.bars(sectors, "Produk per sektor", 1);
        java.util.regex.Matcher text = java.util.regex.Pattern.compile("<text[^>]* y='([\\d.]+)'[^>]*>([^<]+)</text>")
                .matcher(svg);
        List<Double> lines = new java.util.ArrayList<>();
        while (text.find()) {
            if (text.group(2).matches(".*(Fashion|busana|Kuliner|minuman|Jasa|undangan).*")) {
                lines.add(Double.parseDouble(text.group(1)));
            }
        }
        java.util.Collections.sort(lines);
        assertEquals(6, lines.size(), "each name on two lines: " + lines);
        // A name's two lines sit together, clearly apart from the next name's (at 28 px a row they ran into one).
        for (int row = 0; row < 3; row++) {
            double within = lines.get(2 * row + 1) - lines.get(2 * row);
            assertTrue(within >= 15, "lines " + lines + " overlap");
            if (row < 2) {
                assertTrue(lines.get(2 * row + 2) - lines.get(2 * row + 1) >= 1.5 * within,
                        "names run into each other: " + lines);
            }
        }
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
