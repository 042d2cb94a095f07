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
        assertEquals("\uFEFFSkala,Anggota\r\nmikro,215\r\n\"kecil, \"\"besar\"\"\",12\r\n\"'=HYPERLINK(\"\"x\"\")\",0\r\n",
                out.toString(StandardCharsets.UTF_8));
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
