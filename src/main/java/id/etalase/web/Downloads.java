package id.etalase.web;

import id.etalase.admin.Spreadsheets;
import id.etalase.admin.Table;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

/** A table answered as a file to download: {@code csv} or {@code xlsx}, the one way every download is made. */
final class Downloads {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Downloads() {
    }

    /** @param baseName the file's name without extension: letters, digits and dashes only. */
    static Response table(Table table, String format, String baseName) {
        StreamingOutput body;
        String type;
        if ("csv".equals(format)) {
            body = out -> Spreadsheets.writeCsv(table, out);
            type = "text/csv; charset=UTF-8";
        } else if ("xlsx".equals(format)) {
            body = out -> Spreadsheets.writeXlsx(table, out);
            type = XLSX;
        } else {
            throw new NotFoundException();
        }
        return Response.ok(body, type)
                .header("Content-Disposition", "attachment; filename=\"" + baseName + "." + format + "\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }
}
