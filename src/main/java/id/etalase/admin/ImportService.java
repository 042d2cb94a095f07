package id.etalase.admin;

import id.etalase.moderation.AuditLog;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Spreadsheet onboarding: a dry run reports row by row what an import would do and keeps the file (in the database,
 * under the hash of a random token given to the admin) until that admin applies it. Applying checks every row again
 * against the data as it is then and writes the whole file in one transaction: rows rejected are skipped, and a
 * failure leaves nothing of the file written. Every apply goes to the audit log with its counts.
 */
@ApplicationScoped
public class ImportService {

    /** How long a checked file waits to be applied. */
    static final int KEEP_HOURS = 24;

    /** A dry run: its report, and the token that applies this very file. */
    public record Preview(String token, String fileName, ImportReport report) {
    }

    /** An applied import: what it did, and the "set your password" links of the members it enrolled. */
    public record Applied(String fileName, ImportReport report, List<NewAccount> accounts) {
    }

    @Inject
    MemberImport memberImport;

    @Inject
    ProductImport productImport;

    @Inject
    AuditLog audit;

    private final SecureRandom random = new SecureRandom();

    /** Reads and checks the file without changing anything but the store of files waiting to be applied. */
    @Transactional
    public Preview dryRun(ImportKind kind, String fileName, byte[] content, long adminId) {
        SheetReader.Sheet sheet = SheetReader.read(content);
        ImportReport report = plan(kind, sheet).report();
        Panache.getEntityManager().createNativeQuery("delete from import_upload where created_at < now(6) - interval ?1"
                + " hour").setParameter(1, KEEP_HOURS).executeUpdate();
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Panache.getEntityManager().createNativeQuery("insert into import_upload (token_hash, kind, file_name,"
                + " content, created_by, created_at) values (?1, ?2, ?3, ?4, ?5, now(6))")
                .setParameter(1, hash(token))
                .setParameter(2, kind.slug())
                .setParameter(3, name(fileName))
                .setParameter(4, content)
                .setParameter(5, adminId)
                .executeUpdate();
        return new Preview(token, name(fileName), report);
    }

    /**
     * Applies the file the dry run with that token kept, once, for the admin who uploaded it; empty when there is no
     * such file (applied already, expired, or another admin's).
     */
    @Transactional
    public Optional<Applied> apply(String token, long adminId) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> found = Panache.getEntityManager().createNativeQuery("select kind, file_name, content"
                + " from import_upload where token_hash = ?1 and created_by = ?2 and created_at > now(6) - interval ?3"
                + " hour for update").setParameter(1, hash(token)).setParameter(2, adminId)
                .setParameter(3, KEEP_HOURS).getResultList();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Panache.getEntityManager().createNativeQuery("delete from import_upload where token_hash = ?1")
                .setParameter(1, hash(token)).executeUpdate();
        ImportKind kind = ImportKind.fromSlug((String) found.get(0)[0]).orElseThrow();
        String fileName = (String) found.get(0)[1];
        SheetReader.Sheet sheet = SheetReader.read((byte[]) found.get(0)[2]);
        Plan plan = plan(kind, sheet);
        List<NewAccount> accounts = plan.apply(adminId);
        audit.record(adminId, "import." + kind.slug(), "import", 0, fileName == null ? kind.slug() : fileName, null,
                plan.report().summary(), null);
        return Optional.of(new Applied(fileName, plan.report(), accounts));
    }

    /** Either kind's checked rows, with what applying them does. */
    private interface Plan {
        ImportReport report();

        List<NewAccount> apply(long adminId);
    }

    private Plan plan(ImportKind kind, SheetReader.Sheet sheet) {
        if (kind == ImportKind.MEMBERS) {
            List<MemberImport.Planned> rows = memberImport.plan(sheet);
            return new Plan() {
                public ImportReport report() {
                    return new ImportReport(kind, rows.stream().map(MemberImport.Planned::report).toList());
                }

                public List<NewAccount> apply(long adminId) {
                    return memberImport.apply(rows, adminId);
                }
            };
        }
        List<ProductImport.Planned> rows = productImport.plan(sheet);
        return new Plan() {
            public ImportReport report() {
                return new ImportReport(kind, rows.stream().map(ProductImport.Planned::report).toList());
            }

            public List<NewAccount> apply(long adminId) {
                productImport.apply(rows);
                return List.of();
            }
        };
    }

    /** Every member or every product that is not archived, with the columns of the template. */
    @Transactional
    public Table export(ImportKind kind) {
        return kind == ImportKind.MEMBERS ? memberImport.export() : productImport.export();
    }

    /** The headings and one example row. */
    public Table template(ImportKind kind) {
        return kind == ImportKind.MEMBERS ? MemberImport.template() : ProductImport.template();
    }

    private static String name(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return null;
        }
        String clean = fileName.strip().replaceAll("[\\p{Cntrl}]", "");
        return clean.substring(0, Math.min(clean.length(), 200));
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
