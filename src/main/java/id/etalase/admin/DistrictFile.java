package id.etalase.admin;

import id.etalase.common.FieldError;
import id.etalase.common.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads an uploaded list of regencies and cities the way every spreadsheet upload is read (SheetReader: CSV in UTF-8
 * with or without a byte order mark, comma or semicolon, or .xlsx), with a header row naming the columns in
 * Indonesian or English.
 */
public final class DistrictFile {

    /** One data row as typed, with its row number in the spreadsheet (the header is row 1). */
    record Row(long row, String code, String name, String kind, String provinceCode, String provinceName) {
    }

    public static final int MAX_BYTES = 1024 * 1024;

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
        SheetReader.Sheet sheet = sheet(file);
        Map<String, Integer> columns = columns(sheet.header());
        List<Row> rows = sheet.rows().stream().map(row -> new Row(row.number(), cell(row, columns, "code"),
                cell(row, columns, "name"), cell(row, columns, "kind"), cell(row, columns, "provinceCode"),
                cell(row, columns, "provinceName"))).toList();
        if (rows.isEmpty()) {
            throw new InvalidInputException(FieldError.of("file", "district_fileEmpty"));
        }
        return rows;
    }

    /** Read as every spreadsheet upload is (SheetReader); its refusals in this page's own words. */
    private static SheetReader.Sheet sheet(byte[] file) {
        try {
            return SheetReader.read(file);
        } catch (InvalidInputException e) {
            Object problem = e.errors().isEmpty() || e.errors().get(0).args().isEmpty() ? ""
                    : e.errors().get(0).args().get(0);
            String code = switch (String.valueOf(problem)) {
                case "fileEmpty" -> "district_fileEmpty";
                case "fileType" -> "district_notUtf8";
                case "fileUnreadable" -> "district_fileUnreadable";
                default -> null;
            };
            throw code == null ? e : new InvalidInputException(FieldError.of("file", code));
        }
    }

    private static Map<String, Integer> columns(List<String> header) {
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

    private static String cell(SheetReader.SheetRow row, Map<String, Integer> columns, String column) {
        Integer index = columns.get(column);
        return index == null ? "" : row.cell(index).strip();
    }

}
