package id.etalase.admin;

import java.util.List;

/** What an import of one file does (a dry run) or did (applied), row by row, with the counts per outcome. */
public record ImportReport(ImportKind kind, List<ImportRow> rows) {

    public ImportReport {
        rows = List.copyOf(rows);
    }

    public long count(ImportRow.Outcome outcome) {
        return rows.stream().filter(r -> r.outcome() == outcome).count();
    }

    public long created() {
        return count(ImportRow.Outcome.CREATE);
    }

    public long updated() {
        return count(ImportRow.Outcome.UPDATE);
    }

    public long unchanged() {
        return count(ImportRow.Outcome.UNCHANGED);
    }

    public long rejected() {
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
