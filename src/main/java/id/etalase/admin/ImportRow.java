package id.etalase.admin;

import id.etalase.common.FieldError;
import java.util.List;

/**
 * One row of an import's report: its number as the spreadsheet shows it, the business or product it names, what
 * the import does with it, why it is rejected (errors whose field is the column's heading) and which columns change.
 */
public record ImportRow(int row, String label, Outcome outcome, List<FieldError> problems, List<String> changed) {

    public enum Outcome {
        CREATE, UPDATE, UNCHANGED, REJECT;

        public String slug() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public ImportRow {
        problems = List.copyOf(problems);
        changed = List.copyOf(changed);
    }

    /**
     * What is wrong with a cell: one message code, import_problem, takes the problem (required, phoneInvalid,
     * phoneLandline, phoneTaken, duplicateRow, unknownScale, unknownSector, unknownDistrict, invalidValue,
     * memberUnknown), the value or row it names, and the values that would do where they are few (sectors).
     */
    static FieldError problem(String column, String problem, Object value) {
        return problem(column, problem, value, "");
    }

    static FieldError problem(String column, String problem, Object value, String choices) {
        return FieldError.of(column, "import_problem", problem, String.valueOf(value), choices);
    }

    static ImportRow rejected(int row, String label, List<FieldError> problems) {
        return new ImportRow(row, label, Outcome.REJECT, problems, List.of());
    }
}
