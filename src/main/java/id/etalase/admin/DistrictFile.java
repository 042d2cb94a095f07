package id.etalase.admin;

import id.etalase.common.FieldError;
import id.etalase.common.InvalidInputException;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an uploaded list of regencies and cities: UTF-8 with or without a byte order mark, separated by commas or by
 * the semicolons Excel writes in Indonesian locales, with a header row naming the columns in Indonesian or English.
 */
final class DistrictFile {

    /** One data row as typed, with its row number in the spreadsheet (the header is row 1). */
    record Row(long row, String code, String name, String kind, String provinceCode, String provinceName) {
    }

    static final int MAX_BYTES = 1024 * 1024;

    /** Column → the header names that mean it. */
    private static final Map<String, List<String>> COLUMNS = new LinkedHashMap<>();

    static {
        COLUMNS.put("code", List.of("kode", "code", "kode_wilayah", "region_code", "kode_kabupaten_kota"));
        COLUMNS.put("name", List.of("nama", "name", "nama_wilayah", "kabupaten_kota", "nama_kabupaten_kota"));
        COLUMNS.put("kind", List.of("jenis", "kind", "tipe", "type"));
        COLUMNS.put("provinceCode", List.of("kode_provinsi", "province_code", "kode_prov"));
        COLUMNS.put("provinceName", List.of("provinsi", "nama_provinsi", "province", "province_name"));
    }

    private static final List<String> REQUIRED = List.of("code", "name", "provinceCode");

    private DistrictFile() {
    }

    static List<Row> read(byte[] file) {
        if (file == null || file.length == 0) {
            throw new InvalidInputException(FieldError.of("file", "district_fileEmpty"));
        }
        if (file.length > MAX_BYTES) {
            throw new InvalidInputException(FieldError.of("file", "district_fileTooLarge"));
        }
        String text = utf8(file);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = count(firstLine, ';') > count(firstLine, ',') ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setTrim(true)
                .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(false).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<CSVRecord> records = parser.getRecords();
            if (records.isEmpty()) {
                throw new InvalidInputException(FieldError.of("file", "district_fileEmpty"));
            }
            Map<String, Integer> columns = columns(records.get(0));
            List<Row> rows = new ArrayList<>();
            for (CSVRecord record : records.subList(1, records.size())) {
                if (record.stream().allMatch(v -> v == null || v.isBlank())) {
                    continue;
                }
                rows.add(new Row(record.getRecordNumber(), cell(record, columns, "code"),
                        cell(record, columns, "name"), cell(record, columns, "kind"),
                        cell(record, columns, "provinceCode"), cell(record, columns, "provinceName")));
            }
            if (rows.isEmpty()) {
                throw new InvalidInputException(FieldError.of("file", "district_fileEmpty"));
            }
            return rows;
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new InvalidInputException(FieldError.of("file", "district_fileUnreadable"));
        }
    }

    private static Map<String, Integer> columns(CSVRecord header) {
        Map<String, Integer> found = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String typed = header.get(i).toLowerCase(Locale.ROOT).strip().replaceAll("[\\s.\\-/]+", "_");
            for (Map.Entry<String, List<String>> column : COLUMNS.entrySet()) {
                if (column.getValue().contains(typed)) {
                    found.putIfAbsent(column.getKey(), i);
                }
            }
        }
        List<String> missing = REQUIRED.stream().filter(c -> !found.containsKey(c))
                .map(c -> COLUMNS.get(c).get(0)).toList();
        if (!missing.isEmpty()) {
            String names = String.join(", ", missing);
            throw new InvalidInputException(FieldError.of("file", "district_columns", names));
        }
        return found;
    }

    private static String cell(CSVRecord record, Map<String, Integer> columns, String column) {
        Integer index = columns.get(column);
        if (index == null || index >= record.size()) {
            return "";
        }
        String value = record.get(index);
        return value == null ? "" : value.strip();
    }

    private static String utf8(byte[] file) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(file)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(FieldError.of("file", "district_notUtf8"));
        }
    }

    private static long count(String line, char c) {
        return line.chars().filter(ch -> ch == c).count();
    }
}
