package id.etalase.admin;

import id.etalase.account.TestAccounts;
import id.etalase.common.InvalidInputException;
import id.etalase.common.Sql;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Imports of the messy sample files (semicolons, a byte order mark, mixed phone formats, a landline, an unknown
 * district, duplicate and blank rows): the per-row report, what applying writes, an identical second run, the same
 * file as .xlsx, and an export imported back.
 */
@QuarkusTest
class ImportServiceTest {

    /** The members of the sample file with their report line: row number, outcome, and the problems' codes. */
    static final List<String> MEMBER_REPORT = List.of(
            "2 create", "3 create", "4 create",
            "5 reject WhatsApp:phoneLandline",
            "6 reject Kabupaten/Kota:unknownDistrict",
            "7 reject WhatsApp:duplicateRow[2]",
            "9 reject Nama usaha:required",
            "10 reject WhatsApp:phoneInvalid",
            "11 reject Skala:unknownScale Sektor:unknownSector");

    static final List<String> PRODUCT_REPORT = List.of(
            "2 create", "3 create", "4 create",
            "5 reject ID produk:duplicateRow[2]",
            "6 reject WhatsApp anggota:memberUnknown",
            "7 reject Harga:listing_priceInvalid",
            "8 reject WhatsApp anggota:phoneLandline");

    @Inject
    ImportService imports;

    @Inject
    Sql sql;

    @Inject
    ChangesSeen changes;

    long admin() {
        return ((Number) sql.single("select id from account where phone = ?",
                TestAccounts.stored(TestAccounts.ADMIN_PHONE))).longValue();
    }

    /** The sample with this run's numbers: "7777" in every number becomes four digits of its own. */
    static String sample(String name, String run) {
        try (InputStream in = ImportServiceTest.class.getResourceAsStream("/import/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("7777", run);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String run() {
        return String.valueOf(ThreadLocalRandom.current().nextInt(1000, 10000));
    }

    static List<String> lines(ImportReport report) {
        return report.rows().stream().map(r -> r.row() + " " + r.outcome().slug() + r.problems().stream()
                .map(p -> " " + p.field() + ":" + (!p.code().equals("import_problem") ? p.code()
                        : p.args().get(0) + (p.args().get(0).equals("duplicateRow") ? "[" + p.args().get(1) + "]"
                        : "")))
                .reduce("", String::concat)).toList();
    }

    static String phone(String run, String last) {
        return "62812" + run + last;
    }

    @Test
    void messyMembersFileReportsEveryRowAppliesOnlyTheGoodOnesAndASecondRunChangesNothing() {
        String run = run();
        byte[] file = sample("anggota-berantakan.csv", run).getBytes(StandardCharsets.UTF_8);
        assertEquals(0xEF, file[0] & 0xFF, "the sample starts with a byte order mark");
        long members = sql.count("select count(*) from member");
        long accounts = sql.count("select count(*) from account");
        long auditBefore = sql.count("select coalesce(max(id), 0) from audit_log");

        ImportService.Preview preview = imports.dryRun(ImportKind.MEMBERS, "anggota.csv", file, admin());
        assertEquals(MEMBER_REPORT, lines(preview.report()));
        assertEquals(members, sql.count("select count(*) from member"), "a dry run changes nothing");

        changes.clear();
        ImportService.Applied applied = imports.apply(preview.token(), admin()).orElseThrow();
        assertEquals(MEMBER_REPORT, lines(applied.report()));
        assertEquals(members + 3, sql.count("select count(*) from member"));
        assertEquals(accounts + 3, sql.count("select count(*) from account"));
        assertEquals(List.of(
                "Keripik Uji Satu|Sari Wulandari|mikro|kuliner|18.71|Keripik pisang; renyah|keripik.satu|1234567890123"
                        + "|active|member",
                "Tapis Uji Dua|Rina Marlina|kecil|fashion|18.72|Kain tapis tenun tangan|null|null|active|member",
                "Kopi Uji Tiga|Budi Santoso|mikro|kuliner|18.01|null|null|null|active|member"),
                List.of(memberRow(phone(run, "0001")), memberRow(phone(run, "0002")), memberRow(phone(run, "0003"))));
        assertEquals(0, sql.count("select count(*) from member where whatsapp in (?, ?, ?, ?)", phone(run, "0005"),
                phone(run, "0008"), phone(run, "0010"), "6272148212"), "rejected rows are not written");
        assertEquals(3, applied.accounts().size());
        assertEquals(List.of(phone(run, "0001"), phone(run, "0002"), phone(run, "0003")),
                applied.accounts().stream().map(NewAccount::phone).toList());
        assertEquals(3, sql.count("select count(*) from password_reset r join account a on a.id = r.account_id"
                + " where a.phone like ? and r.used_at is null", "62812" + run + "%"), "a link each");
        assertTrue(changes.members().containsAll(applied.accounts().stream().map(NewAccount::memberId).toList()),
                "search hears of every new member");
        assertEquals(1, sql.count("select count(*) from audit_log where action = 'import.anggota' and subject_name = ?"
                + " and after_state = 'created=3 updated=0 unchanged=0 rejected=6' and id > ?", "anggota.csv",
                auditBefore), "audited once (other tests may have imported such a file before)");
        assertTrue(imports.apply(preview.token(), admin()).isEmpty(), "a dry run applies once");

        ImportService.Preview again = imports.dryRun(ImportKind.MEMBERS, "anggota.csv", file, admin());
        List<String> unchanged = new ArrayList<>(MEMBER_REPORT);
        unchanged.replaceAll(line -> line.replace(" create", " unchanged"));
        assertEquals(unchanged, lines(again.report()));
        imports.apply(again.token(), admin()).orElseThrow();
        assertEquals(members + 3, sql.count("select count(*) from member"));
        assertEquals(accounts + 3, sql.count("select count(*) from account"));

        byte[] xlsx = xlsx(sample("anggota-berantakan.csv", run()));
        assertEquals(MEMBER_REPORT, lines(imports.dryRun(ImportKind.MEMBERS, "anggota.xlsx", xlsx, admin()).report()),
                "the same file as .xlsx reads the same");
    }

    @Test
    void anEditedRowUpdatesOnlyThatMemberAndAColumnLeftOutKeepsItsValues() {
        String run = run();
        imports.apply(imports.dryRun(ImportKind.MEMBERS, "a.csv", sample("anggota-berantakan.csv", run)
                .getBytes(StandardCharsets.UTF_8), admin()).token(), admin()).orElseThrow();
        String edited = "Nama usaha,WhatsApp,Alamat\nKeripik Uji Satu,0812-" + run + "-0001,Jl. Baru 2\n"
                + "Tapis Uji Dua,62812" + run + "0002,\n";
        ImportService.Preview preview = imports.dryRun(ImportKind.MEMBERS, "b.csv",
                edited.getBytes(StandardCharsets.UTF_8), admin());
        assertEquals(List.of("Alamat"), preview.report().rows().get(0).changed());
        assertEquals(ImportRow.Outcome.UNCHANGED, preview.report().rows().get(1).outcome());
        imports.apply(preview.token(), admin()).orElseThrow();
        assertEquals(List.of("Jl. Baru 2", "Sari Wulandari", "1234567890123"), sql.row("select address, owner_name,"
                + " nib from member where whatsapp = ?", phone(run, "0001")));
    }

    @Test
    void productsGoUnderTheirMembersPublishedAndASecondRunChangesNothing() {
        String run = run();
        imports.apply(imports.dryRun(ImportKind.MEMBERS, "a.csv", sample("anggota-berantakan.csv", run)
                .getBytes(StandardCharsets.UTF_8), admin()).token(), admin()).orElseThrow();
        byte[] file = sample("produk-berantakan.csv", run).getBytes(StandardCharsets.UTF_8);
        long products = sql.count("select count(*) from product");
        ImportService.Preview preview = imports.dryRun(ImportKind.PRODUCTS, "produk.csv", file, admin());
        assertEquals(PRODUCT_REPORT, lines(preview.report()));
        changes.clear();
        imports.apply(preview.token(), admin()).orElseThrow();
        assertEquals(products + 3, sql.count("select count(*) from product"));
        assertEquals(List.of("KP-01|Keripik Pisang Coklat|Renyah, manis|25000|bungkus|kuliner|published",
                "null|Keripik Pisang Original|null|20000|bungkus|kuliner|published"),
                sql.column("select concat_ws('|', ifnull(p.external_id, 'null'), p.name, ifnull(p.description, 'null'),"
                        + " p.price, p.unit, s.slug, p.status) from product p join member m on m.id = p.member_id"
                        + " join sector s on s.id = p.sector_id where m.whatsapp = ? order by p.id",
                        phone(run, "0001")));
        assertEquals(3, changes.products().size(), "search hears of every new product");

        ImportService.Preview again = imports.dryRun(ImportKind.PRODUCTS, "produk.csv", file, admin());
        List<String> unchanged = new ArrayList<>(PRODUCT_REPORT);
        unchanged.replaceAll(line -> line.replace(" create", " unchanged"));
        assertEquals(unchanged, lines(again.report()));
        imports.apply(again.token(), admin()).orElseThrow();
        assertEquals(products + 3, sql.count("select count(*) from product"));
    }

    @Test
    void anExportImportedBackChangesNothing() {
        String run = run();
        imports.apply(imports.dryRun(ImportKind.MEMBERS, "a.csv", sample("anggota-berantakan.csv", run)
                .getBytes(StandardCharsets.UTF_8), admin()).token(), admin()).orElseThrow();
        imports.apply(imports.dryRun(ImportKind.PRODUCTS, "p.csv", sample("produk-berantakan.csv", run)
                .getBytes(StandardCharsets.UTF_8), admin()).token(), admin()).orElseThrow();
        for (ImportKind kind : ImportKind.values()) {
            Table export = imports.export(kind);
            for (byte[] file : List.of(csv(export), xlsx(export))) {
                ImportReport report = imports.dryRun(kind, "ekspor", file, admin()).report();
                assertEquals(export.rows().size(), report.rows().size());
                List<String> notUnchanged = report.rows().stream()
                        .filter(r -> r.outcome() != ImportRow.Outcome.UNCHANGED)
                        .map(r -> r.row() + " " + r.outcome() + " " + r.problems() + " " + r.changed()).toList();
                assertEquals(List.of(), notUnchanged, kind + " round trip");
            }
        }
    }

    @Test
    void aFileThatIsNeitherCsvNorXlsxIsRefusedByItsContent() {
        byte[] png = { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0 };
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> imports.dryRun(ImportKind.MEMBERS, "anggota.csv", png, admin()));
        assertEquals("fileType", e.errors().get(0).args().get(0));
        byte[] notAZip = "PK\u0003\u0004 rusak".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("fileUnreadable", assertThrows(InvalidInputException.class,
                () -> imports.dryRun(ImportKind.MEMBERS, "a.xlsx", notAZip, admin())).errors().get(0).args().get(0));
        assertEquals("fileTooLarge", assertThrows(InvalidInputException.class,
                () -> imports.dryRun(ImportKind.MEMBERS, "a.csv", new byte[SheetReader.MAX_BYTES + 1], admin()))
                .errors().get(0).args().get(0));
        assertEquals("missingColumns", assertThrows(InvalidInputException.class,
                () -> imports.dryRun(ImportKind.MEMBERS, "a.csv", "Nama;Telepon\nA;0812\n"
                        .getBytes(StandardCharsets.UTF_8), admin())).errors().get(0).args().get(0));
    }

    @Test
    void theTemplatesHoldTheHeadingsAndOneExampleThatImportsCleanly() {
        for (ImportKind kind : ImportKind.values()) {
            Table template = imports.template(kind);
            assertEquals(1, template.rows().size());
            assertEquals(template.header().size(), template.rows().get(0).size());
        }
        ImportReport report = imports.dryRun(ImportKind.MEMBERS, "t.csv", csv(imports.template(ImportKind.MEMBERS)),
                admin()).report();
        assertTrue(report.rejected() == 0, report.toString());
    }

    /** A member as the database holds it: name, owner, scale, sector, district, description, Instagram, NIB, state. */
    String memberRow(String whatsapp) {
        return String.valueOf(sql.single("select concat_ws('|', m.business_name, m.owner_name, m.scale, s.slug, d.code,"
                + " ifnull(m.description, 'null'), ifnull(m.instagram, 'null'), ifnull(m.nib, 'null'), m.status,"
                + " a.role)"
                + " from member m join sector s on s.id = m.sector_id join district d on d.id = m.district_id"
                + " join account a on a.member_id = m.id where m.whatsapp = ?", whatsapp));
    }

    byte[] csv(Table table) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Spreadsheets.writeCsv(table, out);
        return out.toByteArray();
    }

    byte[] xlsx(Table table) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Spreadsheets.writeXlsx(table, out);
        return out.toByteArray();
    }

    /** The CSV sample as an Excel workbook, blank row and all, built with fastexcel. */
    static byte[] xlsx(String semicolonCsv) {
        try {
            List<CSVRecord> records = CSVFormat.DEFAULT.builder().setDelimiter(';').setIgnoreEmptyLines(false).get()
                    .parse(new StringReader(semicolonCsv.replace("\uFEFF", ""))).getRecords();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Workbook workbook = new Workbook(out, "Uji", "1.0");
            Worksheet sheet = workbook.newWorksheet("Anggota");
            for (int r = 0; r < records.size(); r++) {
                for (int c = 0; c < records.get(r).size(); c++) {
                    String value = records.get(r).get(c);
                    if (value.matches("62\\d{9,11}")) {
                        sheet.value(r, c, Long.parseLong(value));
                    } else if (!value.isEmpty()) {
                        sheet.value(r, c, value);
                    }
                }
            }
            workbook.finish();
            assertNotNull(out.toByteArray());
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
