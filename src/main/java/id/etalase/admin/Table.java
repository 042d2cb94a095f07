package id.etalase.admin;

import java.util.List;

/**
 * A report's or an export's table as it is downloaded: a sheet name, the column headings and the rows. Cells are
 * numbers (written as numbers) or text.
 */
public record Table(String name, List<String> header, List<List<Object>> rows) {

    public Table {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }
}
