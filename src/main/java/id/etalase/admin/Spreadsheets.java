package id.etalase.admin;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Writes a {@link Table} as CSV (Commons CSV) or as an Excel workbook (fastexcel): the one way downloads are made. */
public final class Spreadsheets {

    private static final Pattern FORMULA_AT_START = Pattern.compile("^(?=[=+\\-@\t\r].)", Pattern.DOTALL);
    private static final Pattern FORMULA_AFTER_SEPARATOR = Pattern.compile("([,;][ \t\r\n]*)(?=[=+\\-@]\\S)");
    private static final Pattern GUARD_AT_START = Pattern.compile("^'(?=[=+\\-@\t\r].)", Pattern.DOTALL);
    private static final Pattern GUARD_AFTER_SEPARATOR = Pattern.compile("([,;][ \t\r\n]*)'(?=[=+\\-@]\\S)");
    /** Every text cell is quoted, so a separator inside one never starts a new cell; numbers stay numbers. */
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setQuoteMode(QuoteMode.NON_NUMERIC).get();

    /** Excel reads a UTF-8 CSV as UTF-8 only when it starts with a byte order mark. */
    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private Spreadsheets() {
    }

    public static void writeCsv(Table table, OutputStream out) {
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write(BYTE_ORDER_MARK);
            CSVPrinter csv = new CSVPrinter(writer, FORMAT);
            csv.printRecord(table.header());
            for (List<Object> row : table.rows()) {
                csv.printRecord(row.stream().map(Spreadsheets::csvCell).toList());
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void writeXlsx(Table table, OutputStream out) {
        try {
            Workbook workbook = new Workbook(out, "Etalase", "1.0");
            Worksheet sheet = workbook.newWorksheet(sheetName(table.name()));
            for (int c = 0; c < table.header().size(); c++) {
                sheet.value(0, c, table.header().get(c));
                sheet.style(0, c).bold().set();
            }
            for (int r = 0; r < table.rows().size(); r++) {
                List<Object> row = table.rows().get(r);
                for (int c = 0; c < row.size(); c++) {
                    Object cell = row.get(c);
                    if (cell instanceof Number number) {
                        sheet.value(r + 1, c, number);
                    } else if (cell != null) {
                        sheet.value(r + 1, c, cell.toString());
                    }
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Text a spreadsheet would run as a formula (=, +, -, @, a tab or a return at the start) gets an apostrophe
     * before it, at the start of the cell and after each separator the importer accepts (a comma or a semicolon, and
     * spaces): Excel on a Windows set to Indonesian splits on ";", so "Budi;=1+1" would make "=1+1" a cell of its own.
     * Members write these values.
     */
    static Object csvCell(Object cell) {
        if (cell instanceof String text) {
            return FORMULA_AFTER_SEPARATOR.matcher(FORMULA_AT_START.matcher(text).replaceFirst("'")).replaceAll("$1'");
        }
        return cell == null ? "" : cell;
    }

    /** The importer's inverse of {@link #csvCell}: our own export reads back as it was written. */
    static String unguarded(String value) {
        return GUARD_AFTER_SEPARATOR.matcher(GUARD_AT_START.matcher(value).replaceFirst("")).replaceAll("$1");
    }

    /** Excel allows 31 characters and none of []:*?/\ in a sheet's name. */
    static String sheetName(String name) {
        String clean = name.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        return clean.isEmpty() ? "Data" : clean.substring(0, Math.min(31, clean.length()));
    }
}
