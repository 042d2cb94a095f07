package id.etalase.admin;

import id.etalase.common.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Spreadsheets built to exhaust a reader are read within bounds, or refused on the field "file". */
class SheetReaderTest {

    @Test
    void aNumberWithAHugeExponentStaysAsWrittenForTheColumnsRuleToRefuse() {
        SheetReader.Sheet sheet = SheetReader.read(HostileSheets.hugeExponent());
        assertEquals(List.of("Kopi Eksponen", "1E2000000000", "-9.9E-2000000000"), sheet.rows().get(0).cells());
        assertEquals("6281234567890", SheetReader.plainNumber("6.28123456789E12"), "a phone typed into Excel");
        assertEquals("25000", SheetReader.plainNumber("2.5E4"));
        assertEquals("1E+41", SheetReader.plainNumber("1E+41"));
    }

    @Test
    void formulasAreReadAsTheirComputedValueAndNeverRun() {
        SheetReader.Sheet sheet = SheetReader.read(HostileSheets.formulas());
        assertEquals(List.of("Kopi Rumus", "20000", ""), sheet.rows().get(0).cells());
    }

    @Test
    void aZipBombAMillionRowsAndASharedStringsBombAreRefusedBeforeTheyAreRead() {
        for (byte[] workbook : List.of(HostileSheets.zipBomb(), HostileSheets.millionRows(),
                HostileSheets.sharedStringsBomb())) {
            assertTrue(workbook.length < SheetReader.MAX_BYTES, "passes the upload limit: " + workbook.length);
            InvalidInputException refused = assertThrows(InvalidInputException.class, () -> SheetReader.read(workbook));
            assertEquals("file", refused.errors().get(0).field());
            assertEquals("fileTooLarge", refused.errors().get(0).args().get(0));
        }
    }

    @Test
    void aCellAtTheLastColumnDoesNotMakeSixteenThousandCells() {
        SheetReader.Sheet sheet = SheetReader.read(HostileSheets.farColumn());
        assertEquals(1000, sheet.rows().size());
        assertEquals(List.of("Kopi"), sheet.rows().get(0).cells().stream().filter(c -> !c.isEmpty()).toList());
        assertTrue(sheet.rows().get(0).cells().size() <= SheetReader.MAX_COLUMNS);
    }

    @Test
    void aCsvOfBlankLinesOrOfEndlessCommasStaysSmall() {
        byte[] blank = ("nama,harga\n" + "\n".repeat(300_000) + "Kopi,1\n").getBytes(StandardCharsets.UTF_8);
        assertEquals(1, SheetReader.read(blank).rows().size());
        byte[] commas = ("nama" + ",".repeat(300_000) + "\nKopi,1\n").getBytes(StandardCharsets.UTF_8);
        assertEquals(SheetReader.MAX_COLUMNS, SheetReader.read(commas).header().size());
    }

    @Test
    void ourOwnExportReadsBackAsItWasWritten() {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        Spreadsheets.writeCsv(new Table("Anggota", List.of("nama", "pemilik"),
                List.of(List.of("=Toko", "Budi;=1+1, +2 ;@x"))), out);
        assertEquals(List.of("=Toko", "Budi;=1+1, +2 ;@x"), SheetReader.read(out.toByteArray()).rows().get(0).cells());
    }
}
