package id.etalase.admin;

import id.etalase.common.FieldError;
import id.etalase.common.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
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
    /** What a workbook may unpack to, all its parts together: an honest 5,000-row sheet is a few MB of XML. */
    public static final long MAX_UNPACKED_BYTES = 24L * 1024 * 1024;
    /** Parts (files) in a workbook; Excel writes about ten. */
    static final int MAX_PARTS = 200;
    /** Rows read from a workbook, blank ones included, before it is refused. */
    static final int MAX_SHEET_ROWS = 4 * MAX_ROWS;
    /** Columns read per row; the imports use about ten, and a cell at column XFD must not make 16,384. */
    static final int MAX_COLUMNS = 64;
    /** A number cell longer than this, or with a larger exponent, is kept as written rather than expanded. */
    static final int MAX_NUMBER_DIGITS = 40;

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
                for (int c = 0; c < Math.min(record.size(), MAX_COLUMNS); c++) {
                    cells.add(Spreadsheets.unguarded(record.get(c)));
                }
                add(rows, new SheetRow((int) record.getRecordNumber(), cells));
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw invalid("fileUnreadable");
        }
        return sheet(rows);
    }

    private static Sheet xlsx(byte[] content) {
        checkUnpackedSize(content);
        List<SheetRow> rows = new ArrayList<>();
        int read = 0;
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content));
                Stream<Row> sheetRows = workbook.getFirstSheet().openStream()) {
            Iterator<Row> iterator = sheetRows.iterator();
            while (iterator.hasNext()) {
                Row row = iterator.next();
                if (++read > MAX_SHEET_ROWS) {
                    throw invalid("tooManyRows", MAX_ROWS);
                }
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.min(row.getCellCount(), MAX_COLUMNS); c++) {
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

    /**
     * Refuses a workbook whose parts unpack to more than {@link #MAX_UNPACKED_BYTES} (a zip bomb, a sheet of a million
     * rows, a shared-strings table of millions of entries) before fastexcel reads any of it. Reads the zip the way
     * fastexcel does (Commons Compress, by the central directory), inflating at most the limit.
     */
    static void checkUnpackedSize(byte[] content) {
        long unpacked = 0;
        int parts = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipFile zip = new ZipFile(new SeekableInMemoryByteChannel(content))) {
            for (Enumeration<ZipArchiveEntry> entries = zip.getEntries(); entries.hasMoreElements();) {
                ZipArchiveEntry entry = entries.nextElement();
                if (++parts > MAX_PARTS) {
                    throw invalid("fileUnreadable");
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                        unpacked += n;
                        if (unpacked > MAX_UNPACKED_BYTES) {
                            throw invalid("fileTooLarge", MAX_BYTES / (1024 * 1024));
                        }
                    }
                }
            }
        } catch (InvalidInputException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw invalid("fileUnreadable");
        }
    }

    /**
     * A number cell as its digits (a phone number typed into Excel is a number): 6281234567890, not 6.28E12. A value
     * too long or with too large an exponent (1E2000000000 would be two billion digits) stays as written, and the
     * column's own rule refuses it. A formula gives the value Excel last computed; nothing is evaluated.
     */
    static String text(Cell cell) {
        String raw = cell.getRawValue();
        if (cell.getType() == CellType.NUMBER && raw != null) {
            return plainNumber(raw.strip());
        }
        String text = cell.getType() == CellType.FORMULA ? raw : cell.getText();
        return text == null ? "" : text.strip();
    }

    static String plainNumber(String raw) {
        if (raw.length() > MAX_NUMBER_DIGITS) {
            return raw;
        }
        try {
            BigDecimal number = new BigDecimal(raw).stripTrailingZeros();
            return Math.abs(number.scale()) > MAX_NUMBER_DIGITS ? raw : number.toPlainString();
        } catch (NumberFormatException | ArithmeticException e) {
            return raw;
        }
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
