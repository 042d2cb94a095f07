package id.etalase.admin;

import java.util.List;

/** What an import of one file does (a dry run) or did (applied), row by row, with the counts per outcome. */
public record ImportReport(ImportKind kind, List<ImportRow> rows) {

    public ImportReport {
        rows = List.copyOf(rows);
    }

    public int count(ImportRow.Outcome outcome) {
        return (int) rows.stream().filter(r -> r.outcome() == outcome).count();
    }

    public int created() {
        return count(ImportRow.Outcome.CREATE);
    }

    public int updated() {
        return count(ImportRow.Outcome.UPDATE);
    }

    public int unchanged() {
        return count(ImportRow.Outcome.UNCHANGED);
    }

    public int rejected() {
        return count(ImportRow.Outcome.REJECT);
    }

    /** Whether applying would change anything. */
    public boolean changes() {
        return created() + updated() > 0;
    }

    /** The counts as the audit log keeps them. */
    String summary() {
        return "created=" + created() + " updated=" + updated() + " unchanged=" + unchanged() + " rejected="
                + rejected();
    }
}
