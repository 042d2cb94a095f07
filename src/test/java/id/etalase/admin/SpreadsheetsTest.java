package id.etalase.admin;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;

class SpreadsheetsTest {

    private static final Table TABLE = new Table("Anggota per skala: 2026/11", List.of("Skala", "Anggota"),
            List.of(List.of("mikro", 215), List.of("kecil, \"besar\"", 12), List.of("=HYPERLINK(\"x\")", 0)));

    @Test
    void csvIsUtf8WithAByteOrderMarkQuotedAndFormulaSafe() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Spreadsheets.writeCsv(TABLE, out);
        assertEquals("\uFEFF\"Skala\",\"Anggota\"\r\n\"mikro\",215\r\n\"kecil, \"\"besar\"\"\",12\r\n"
                + "\"'=HYPERLINK(\"\"x\"\")\",0\r\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aFormulaAfterASeparatorTheImporterAcceptsIsNeutralisedToo() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Spreadsheets.writeCsv(new Table("Anggota", List.of("Pemilik"), List.of(List.of("Budi;=1+1"),
                List.of("Ani, -2+3"), List.of("Rp10.000,-"), List.of("a;b, c"))), out);
        assertEquals("\uFEFF\"Pemilik\"\r\n\"Budi;'=1+1\"\r\n\"Ani, '-2+3\"\r\n\"Rp10.000,-\"\r\n\"a;b, c\"\r\n",
                out.toString(StandardCharsets.UTF_8), "every text cell quoted, no formula after ; or ,");
    }

    @Test
    void workbookHoldsNumbersAsNumbersUnderASafeSheetName() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Spreadsheets.writeXlsx(TABLE, out);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var sheet = workbook.getFirstSheet();
            assertEquals("Anggota per skala  2026 11", sheet.getName());
            List<Row> rows = sheet.read();
            assertEquals(4, rows.size());
            assertEquals("Anggota", rows.get(0).getCellText(1));
            assertEquals(215, rows.get(1).getCellAsNumber(1).orElseThrow().intValue());
            assertEquals("=HYPERLINK(\"x\")", rows.get(3).getCellText(0));
        }
    }
}
