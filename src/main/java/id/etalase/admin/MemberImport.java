package id.etalase.admin;

import id.etalase.account.AccountService;
import id.etalase.account.AccountView;
import id.etalase.admin.SheetReader.Sheet;
import id.etalase.admin.SheetReader.SheetRow;
import id.etalase.common.FieldError;
import id.etalase.common.PhoneNumbers;
import id.etalase.member.MemberProfile;
import id.etalase.member.MemberScale;
import id.etalase.member.MemberService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Members from a spreadsheet: each row checked and matched by its WhatsApp number (0812…, +62 812… and 62812… are
 * one number), then enrolled (active, with an account and a "set your password" link) or updated. A column the file
 * leaves out keeps the member's value; an empty cell empties it.
 */
@ApplicationScoped
public class MemberImport {

    /** The columns of the template and the export, in order; the headings are the file format (Indonesian). */
    enum Column {
        BUSINESS_NAME("Nama usaha", "businessName"), OWNER_NAME("Nama pemilik", "ownerName"),
        WHATSAPP("WhatsApp", "whatsapp"), SCALE("Skala", "scale"), SECTOR("Sektor", "sector"),
        DISTRICT("Kabupaten/Kota", "district"), ADDRESS("Alamat", "address"),
        DESCRIPTION("Deskripsi", "description"), INSTAGRAM("Instagram", "instagram"), TIKTOK("TikTok", "tiktok"),
        SHOPEE("Shopee", "shopeeUrl"), TOKOPEDIA("Tokopedia", "tokopediaUrl"), NIB("NIB", "nib"),
        PIRT("PIRT", "pirt"), HALAL("Sertifikat halal", "halalCert"), BPOM("BPOM", "bpom");

        final String heading;
        final String property;

        Column(String heading, String property) {
            this.heading = heading;
            this.property = property;
        }

        static String heading(String property) {
            return Arrays.stream(values()).filter(c -> c.property.equals(property)).map(c -> c.heading)
                    .findFirst().orElse(property);
        }
    }

    static final List<String> HEADINGS = Arrays.stream(Column.values()).map(c -> c.heading).toList();

    /** A row checked against the database: its report line and, when it changes something, what to write. */
    record Planned(ImportRow report, String whatsapp, MemberProfile profile, Long memberId) {
    }

    @Inject
    MemberService members;

    @Inject
    AccountService accounts;

    @Inject
    ReferenceNames names;

    @Transactional(Transactional.TxType.MANDATORY)
    List<Planned> plan(Sheet sheet) {
        Map<Column, Integer> columns = sheet.locate(Column.class, c -> c.heading,
                List.of(Column.BUSINESS_NAME, Column.WHATSAPP));
        Map<String, Integer> seen = new HashMap<>();
        List<Planned> plan = new ArrayList<>();
        for (SheetRow row : sheet.rows()) {
            plan.add(plan(new Cells(row, columns), seen));
        }
        return plan;
    }

    /** A row's cells by column; a column the file does not have is absent (null), an empty cell is "". */
    private record Cells(SheetRow row, Map<Column, Integer> columns) {

        String get(Column column) {
            Integer index = columns.get(column);
            return index == null ? null : row.cell(index).strip();
        }
    }

    private Planned plan(Cells cells, Map<String, Integer> seen) {
        int number = cells.row().number();
        String name = cells.get(Column.BUSINESS_NAME);
        List<FieldError> problems = new ArrayList<>();
        if (name.isEmpty()) {
            problems.add(ImportRow.problem(Column.BUSINESS_NAME.heading, "required", ""));
        }
        String typedPhone = cells.get(Column.WHATSAPP);
        String phone = null;
        if (typedPhone.isEmpty()) {
            problems.add(ImportRow.problem(Column.WHATSAPP.heading, "required", ""));
        } else {
            phone = PhoneNumbers.normaliseMobile(typedPhone).orElse(null);
            if (phone == null) {
                problems.add(ImportRow.problem(Column.WHATSAPP.heading,
                        PhoneNumbers.isLandline(typedPhone) ? "phoneLandline" : "phoneInvalid",
                        typedPhone));
            } else if (seen.containsKey(phone)) {
                problems.add(ImportRow.problem(Column.WHATSAPP.heading, "duplicateRow", seen.get(phone)));
            } else {
                seen.put(phone, number);
            }
        }
        Optional<MemberService.Enrolled> existing = phone == null ? Optional.empty() : members.findByWhatsapp(phone);
        if (phone != null && existing.isEmpty() && accounts.phoneTaken(phone)) {
            problems.add(ImportRow.problem(Column.WHATSAPP.heading, "phoneTaken", typedPhone));
        }
        MemberProfile base = existing.map(MemberService.Enrolled::profile).orElse(null);
        String scale = resolve(cells, Column.SCALE, base, typed -> MemberScale.fromSlug(typed.toLowerCase(Locale.ROOT))
                .map(MemberScale::slug), "unknownScale", () -> "", false, problems);
        String sector = resolve(cells, Column.SECTOR, base, names::sector, "unknownSector", names::sectorChoices, true, problems);
        String district = resolve(cells, Column.DISTRICT, base, names::district, "unknownDistrict", () -> "",
                true, problems);
        if (!problems.isEmpty()) {
            return new Planned(ImportRow.rejected(number, name, problems), phone, null, null);
        }
        MemberProfile typed = new MemberProfile(name, text(cells, Column.OWNER_NAME, base), scale, sector, district,
                text(cells, Column.ADDRESS, base), text(cells, Column.DESCRIPTION, base),
                text(cells, Column.INSTAGRAM, base), text(cells, Column.TIKTOK, base), text(cells, Column.SHOPEE, base),
                text(cells, Column.TOKOPEDIA, base), text(cells, Column.NIB, base), text(cells, Column.PIRT, base),
                text(cells, Column.HALAL, base), text(cells, Column.BPOM, base));
        MemberService.Checked checked = members.checkProfile(typed);
        checked.errors().forEach(e -> problems.add(new FieldError(Column.heading(e.field()), e.code(), e.args())));
        MemberProfile profile = checked.profile();
        List<String> changed = base == null || profile == null ? List.of() : Arrays.stream(Column.values())
                .filter(c -> c != Column.WHATSAPP)
                .filter(c -> !Objects.equals(value(profile, c.property), value(base, c.property)))
                .map(c -> c.heading).toList();
        if (problems.isEmpty() && base != null && changed.isEmpty()) {
            // What the portal already holds is not refused again, even where a rule has become stricter since.
            return new Planned(new ImportRow(number, name, ImportRow.Outcome.UNCHANGED, List.of(), List.of()), phone,
                    profile, existing.get().id());
        }
        checked.invalidFields().forEach(field -> problems.add(ImportRow.problem(Column.heading(field),
                "invalidValue", Objects.toString(value(typed, field), ""))));
        if (!problems.isEmpty()) {
            return new Planned(ImportRow.rejected(number, name, problems), phone, null, null);
        }
        if (base == null) {
            return new Planned(new ImportRow(number, name, ImportRow.Outcome.CREATE, List.of(), List.of()), phone,
                    profile, null);
        }
        return new Planned(new ImportRow(number, name, ImportRow.Outcome.UPDATE, List.of(), changed), phone, profile,
                existing.get().id());
    }

    /** A looked-up column: the cell's value resolved, the member's own when the file lacks the column. */
    private static String resolve(Cells cells, Column column, MemberProfile base,
            Function<String, Optional<String>> lookup, String unknownCode, java.util.function.Supplier<String> choices,
            boolean required, List<FieldError> problems) {
        String typed = cells.get(column);
        if (typed == null || typed.isEmpty()) {
            String kept = typed == null && base != null ? (String) value(base, column.property) : null;
            if (kept == null && required) {
                problems.add(ImportRow.problem(column.heading, "required", ""));
            }
            return kept;
        }
        Optional<String> found = lookup.apply(typed);
        if (found.isEmpty()) {
            problems.add(ImportRow.problem(column.heading, unknownCode, typed, choices.get()));
        }
        return found.orElse(null);
    }

    private static String text(Cells cells, Column column, MemberProfile base) {
        String typed = cells.get(column);
        if (typed == null) {
            return base == null ? null : (String) value(base, column.property);
        }
        return typed.isEmpty() ? null : typed;
    }

    static Object value(MemberProfile p, String property) {
        if (p == null) {
            return null;
        }
        return switch (property) {
            case "businessName" -> p.businessName();
            case "ownerName" -> p.ownerName();
            case "scale" -> p.scale();
            case "sector" -> p.sector();
            case "district" -> p.district();
            case "address" -> p.address();
            case "description" -> p.description();
            case "instagram" -> p.instagram();
            case "tiktok" -> p.tiktok();
            case "shopeeUrl" -> p.shopeeUrl();
            case "tokopediaUrl" -> p.tokopediaUrl();
            case "nib" -> p.nib();
            case "pirt" -> p.pirt();
            case "halalCert" -> p.halalCert();
            case "bpom" -> p.bpom();
            default -> null;
        };
    }

    /** Enrols and updates what the plan says; answers each enrolled member's one-time password link. */
    @Transactional(Transactional.TxType.MANDATORY)
    List<NewAccount> apply(List<Planned> plan, long adminId) {
        List<NewAccount> created = new ArrayList<>();
        for (Planned row : plan) {
            switch (row.report().outcome()) {
                case CREATE -> {
                    long id = members.enrol(row.profile(), row.whatsapp());
                    AccountView account = accounts.findByMember(id).orElseThrow();
                    created.add(new NewAccount(id, row.profile().businessName(), row.whatsapp(),
                            accounts.issueReset(account.id(), adminId)));
                }
                case UPDATE -> members.updateProfile(row.memberId(), row.profile());
                default -> {
                }
            }
        }
        return created;
    }

    /** The rows of the export: every member, with the columns of the template. */
    Table export() {
        List<List<Object>> rows = members.all().stream().map(m -> Arrays.stream(Column.values())
                .map(c -> c == Column.WHATSAPP ? (Object) m.whatsapp()
                        : c == Column.DISTRICT ? names.districtName(m.profile().district())
                        : value(m.profile(), c.property))
                .toList()).toList();
        return new Table("Anggota", HEADINGS, rows);
    }

    /** The template: the headings and one example row. */
    static Table template() {
        return new Table("Anggota", HEADINGS, List.of(List.of("Keripik Pisang Bu Sari", "Sari Wulandari",
                "0812-3456-7890", "mikro", "kuliner", "Bandar Lampung", "Jl. Kartini No. 12, Tanjung Karang",
                "Keripik pisang renyah aneka rasa, dibuat setiap hari.", "keripik.busari", "", "", "",
                "1234567890123", "", "", "")));
    }
}
