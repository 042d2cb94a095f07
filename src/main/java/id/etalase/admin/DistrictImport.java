package id.etalase.admin;

import id.etalase.common.FieldError;
import java.util.List;

/** What an uploaded district file did, row by row. */
public record DistrictImport(List<Line> lines) {

    public enum Outcome {
        ADDED, UPDATED, UNCHANGED, REJECTED
    }

    /** One data row of the file: its row number in the spreadsheet, what it said, and what came of it. */
    public record Line(long row, String code, String name, String kind, String provinceCode, Outcome outcome,
            FieldError reason) {
    }

    public DistrictImport {
        lines = List.copyOf(lines);
    }

    public long count(Outcome outcome) {
        return lines.stream().filter(line -> line.outcome() == outcome).count();
    }

    public boolean changedAnything() {
        return lines.stream().anyMatch(l -> l.outcome() == Outcome.ADDED || l.outcome() == Outcome.UPDATED);
    }
}
