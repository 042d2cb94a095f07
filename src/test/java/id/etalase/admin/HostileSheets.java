package id.etalase.admin;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Workbooks written by hand (a zip of XML parts) that no spreadsheet program would write: each small enough to pass
 * the upload limit, each built to make a careless reader allocate gigabytes or run for minutes.
 */
public final class HostileSheets {

    /** The product import's header, so a reader that gets past the file gets to the rows. */
    static final String HEADER = "<row r=\"1\">" + inline("A1", "nama") + inline("B1", "harga") + inline("C1", "sektor")
            + "</row>";

    private HostileSheets() {
    }

    /** Every hostile workbook by name. */
    public static Map<String, byte[]> all() {
        Map<String, byte[]> all = new LinkedHashMap<>();
        all.put("huge exponent", hugeExponent());
        all.put("zip bomb", zipBomb());
        all.put("million rows", millionRows());
        all.put("shared-strings bomb", sharedStringsBomb());
        all.put("formulas", formulas());
        all.put("far column", farColumn());
        return all;
    }

    /** A number cell of 1E2000000000: two billion digits written out. */
    public static byte[] hugeExponent() {
        return workbook(row(2, inline("A2", "Kopi Eksponen") + "<c r=\"B2\"><v>1E2000000000</v></c>"
                + "<c r=\"C2\"><v>-9.9E-2000000000</v></c>"), null);
    }

    /** One sheet that unpacks to 100 MB of spaces inside a cell. */
    public static byte[] zipBomb() {
        return workbook(out -> {
            write(out, HEADER + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>");
            byte[] spaces = " ".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 100; i++) {
                out.write(spaces);
            }
            write(out, "x</t></is></c></row>");
        }, null);
    }

    /** A million rows of one cell each. */
    public static byte[] millionRows() {
        return workbook(out -> {
            write(out, HEADER);
            byte[] row = "<row><c t=\"inlineStr\"><is><t>Kopi</t></is></c></row>".getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 1_000_000; i++) {
                out.write(row);
            }
        }, null);
    }

    /** A million shared strings, the last one used: a reader that loads the table up to it holds them all. */
    public static byte[] sharedStringsBomb() {
        int count = 1_000_000;
        return workbook(out -> write(out, row(2, "<c r=\"A2\" t=\"s\"><v>" + (count - 1) + "</v></c>")), out -> {
            write(out, "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"" + count
                    + "\" uniqueCount=\"" + count + "\">");
            byte[] entry = "<si><t>Kopi Lampung Robusta</t></si>".getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < count; i++) {
                out.write(entry);
            }
            write(out, "</sst>");
        });
    }

    /** Formulas, with and without a value Excel computed: read as that value, never run. */
    public static byte[] formulas() {
        return workbook(row(2, "<c r=\"A2\" t=\"str\"><f>HYPERLINK(\"https://evil.example\",\"Kopi Rumus\")</f>"
                + "<v>Kopi Rumus</v></c><c r=\"B2\"><f>10000*2</f><v>20000</v></c>"
                + "<c r=\"C2\" t=\"str\"><f>WEBSERVICE(\"https://evil.example\")</f></c>"), null);
    }

    /** A cell at Excel's last column (XFD, the 16,384th) in each of 1,000 rows. */
    public static byte[] farColumn() {
        return workbook(out -> {
            write(out, HEADER);
            for (int r = 2; r < 1002; r++) {
                write(out, "<row r=\"" + r + "\">" + inline("A" + r, "Kopi") + inline("XFD" + r, "x") + "</row>");
            }
        }, null);
    }

    private static String row(int number, String cells) {
        return HEADER + "<row r=\"" + number + "\">" + cells + "</row>";
    }

    private static String inline(String ref, String text) {
        return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
    }

    interface Part {
        void write(OutputStream out) throws IOException;
    }

    private static byte[] workbook(String rows, Part sharedStrings) {
        return workbook(out -> write(out, rows), sharedStrings);
    }

    private static byte[] workbook(Part rows, Part sharedStrings) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.DEFAULT_COMPRESSION);
            String ns = "http://schemas.openxmlformats.org/";
            put(zip, "[Content_Types].xml", out -> write(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Types xmlns=\"" + ns + "package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                    + ".spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats"
                    + "-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + (sharedStrings == null ? "" : "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\""
                            + "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>")
                    + "</Types>"));
            put(zip, "_rels/.rels", out -> write(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\""
                    + ns + "package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"" + ns
                    + "officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"));
            put(zip, "xl/workbook.xml", out -> write(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\""
                    + ns + "spreadsheetml/2006/main\" xmlns:r=\"" + ns + "officeDocument/2006/relationships\">"
                    + "<sheets><sheet name=\"Produk\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"));
            put(zip, "xl/_rels/workbook.xml.rels", out -> write(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"" + ns + "package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + ns + "officeDocument/2006/relationships/worksheet\""
                    + " Target=\"worksheets/sheet1.xml\"/>"
                    + (sharedStrings == null ? "" : "<Relationship Id=\"rId2\" Type=\"" + ns
                            + "officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>")
                    + "</Relationships>"));
            put(zip, "xl/worksheets/sheet1.xml", out -> {
                write(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + ns
                        + "spreadsheetml/2006/main\"><sheetData>");
                rows.write(out);
                write(out, "</sheetData></worksheet>");
            });
            if (sharedStrings != null) {
                put(zip, "xl/sharedStrings.xml", sharedStrings);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, Part part) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        part.write(zip);
        zip.closeEntry();
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
    }
}
