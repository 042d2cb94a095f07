package id.etalase.admin;

import id.etalase.common.FieldError;
import id.etalase.common.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * Reads an uploaded spreadsheet by its content, not its name: an .xlsx workbook (a zip, starting "PK") with
 * fastexcel-reader, otherwise UTF-8 CSV (with or without a byte order mark) with Commons CSV, separated by commas
 * or by the semicolons Excel writes in Indonesian locales, whichever the header line uses. Anything else is an
 * error on the field "file".
 */
public final class SheetReader {

    public static final int MAX_BYTES = 2 * 1024 * 1024;
    public static final int MAX_ROWS = 5000;

    /** A row as the spreadsheet numbers it (the header is row 1) and its cells as text. */
    public record SheetRow(int number, List<String> cells) {

        public String cell(int column) {
            return column < 0 || column >= cells.size() ? "" : cells.get(column);
        }

        boolean blank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    /** The header's headings and the rows below it that hold anything. */
    public record Sheet(List<String> header, List<SheetRow> rows) {

        /** The column with that heading (case and spaces aside), or -1. */
        public int column(String heading) {
            for (int c = 0; c < header.size(); c++) {
                if (header.get(c).strip().equalsIgnoreCase(heading)) {
                    return c;
                }
            }
            return -1;
        }

        /** Where each of the columns is, found by its heading; a file without a required column is refused. */
        public <E extends Enum<E>> Map<E, Integer> locate(Class<E> columns, Function<E, String> heading,
                List<E> required) {
            Map<E, Integer> found = new EnumMap<>(columns);
            for (E column : columns.getEnumConstants()) {
                int index = column(heading.apply(column));
                if (index >= 0) {
                    found.put(column, index);
                }
            }
            List<String> missing = required.stream().filter(c -> !found.containsKey(c)).map(heading).toList();
            if (!missing.isEmpty()) {
                throw invalid("missingColumns", String.join(", ", missing));
            }
            return found;
        }
    }

    private SheetReader() {
    }

    public static Sheet read(byte[] content) {
        if (content == null || content.length == 0) {
            throw invalid("fileEmpty");
        }
        checkSize(content.length);
        if (content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4) {
            return xlsx(content);
        }
        return csv(utf8(content));
    }

    /** A file over the limit is refused before it is read into memory. */
    public static void checkSize(long bytes) {
        if (bytes > MAX_BYTES) {
            throw invalid("fileTooLarge", MAX_BYTES / (1024 * 1024));
        }
    }

    private static String utf8(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
            if (text.indexOf('\0') >= 0) {
                throw invalid("fileType");
            }
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw invalid("fileType");
        }
    }

    private static Sheet csv(String text) {
        int end = text.indexOf('\n');
        String headerLine = end < 0 ? text : text.substring(0, end);
        char separator = count(headerLine, ';') > count(headerLine, ',') ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator).setTrim(true)
                .setIgnoreEmptyLines(false).get();
        List<SheetRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                List<String> cells = new ArrayList<>();
                record.forEach(value -> cells.add(unguarded(value)));
                add(rows, new SheetRow((int) record.getRecordNumber(), cells));
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw invalid("fileUnreadable");
        }
        return sheet(rows);
    }

    private static Sheet xlsx(byte[] content) {
        List<SheetRow> rows = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content));
                Stream<Row> sheetRows = workbook.getFirstSheet().openStream()) {
            Iterator<Row> iterator = sheetRows.iterator();
            while (iterator.hasNext()) {
                Row row = iterator.next();
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getCellCount(); c++) {
                    cells.add(row.getOptionalCell(c).map(SheetReader::text).orElse(""));
                }
                add(rows, new SheetRow(row.getRowNum(), cells));
            }
        } catch (InvalidInputException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw invalid("fileUnreadable");
        }
        return sheet(rows);
    }

    /** A number cell as its digits (a phone number typed into Excel is a number): 6281234567890, not 6.28E12. */
    private static String text(Cell cell) {
        if (cell.getType() == CellType.NUMBER && cell.getRawValue() != null) {
            return new BigDecimal(cell.getRawValue()).stripTrailingZeros().toPlainString();
        }
        String text = cell.getText();
        return text == null ? "" : text.strip();
    }

    private static void add(List<SheetRow> rows, SheetRow row) {
        if (row.blank()) {
            return;
        }
        if (rows.size() > MAX_ROWS) {
            throw invalid("tooManyRows", MAX_ROWS);
        }
        rows.add(row);
    }

    private static Sheet sheet(List<SheetRow> rows) {
        if (rows.isEmpty()) {
            throw invalid("fileEmpty");
        }
        return new Sheet(rows.get(0).cells().stream().map(String::strip).toList(), rows.subList(1, rows.size()));
    }

    /** Our CSV export writes text that a spreadsheet would run as a formula with a leading apostrophe. */
    private static String unguarded(String value) {
        return value.length() > 1 && value.charAt(0) == '\'' && "=+-@\t\r".indexOf(value.charAt(1)) >= 0
                ? value.substring(1) : value;
    }

    private static int count(String text, char c) {
        return (int) text.chars().filter(x -> x == c).count();
    }

    /** One message code, import_file, takes the problem (fileEmpty, fileTooLarge, fileType, fileUnreadable,
     * tooManyRows, missingColumns) and the limit or columns it names. */
    static InvalidInputException invalid(String problem) {
        return invalid(problem, "");
    }

    static InvalidInputException invalid(String problem, Object detail) {
        return new InvalidInputException(FieldError.of("file", "import_file", problem, String.valueOf(detail)));
    }
}
