package id.etalase.admin;

import id.etalase.admin.SheetReader.Sheet;
import id.etalase.admin.SheetReader.SheetRow;
import id.etalase.catalog.ProductRecords;
import id.etalase.catalog.ProductRecords.ProductRecord;
import id.etalase.common.FieldError;
import id.etalase.common.PhoneNumbers;
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

/**
 * Products from a spreadsheet, each under the member with its WhatsApp number, matched by the member's own product
 * id ("ID produk") when the row has one, else by name. New products are published when their member is active
 * (the organiser's import is the review), drafts otherwise; a product found keeps its status.
 */
@ApplicationScoped
public class ProductImport {

    enum Column {
        WHATSAPP("WhatsApp anggota", "whatsapp"), EXTERNAL_ID("ID produk", "externalId"),
        NAME("Nama produk", "name"), DESCRIPTION("Deskripsi", "description"), PRICE("Harga", "price"),
        UNIT("Satuan", "unit"), SECTOR("Sektor", "sector");

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

    record Planned(ImportRow report, Long memberId, Long productId, ProductRecord values) {
    }

    @Inject
    MemberService members;

    @Inject
    ProductRecords products;

    @Inject
    ReferenceNames names;

    @Transactional(Transactional.TxType.MANDATORY)
    List<Planned> plan(Sheet sheet) {
        Map<Column, Integer> columns = sheet.locate(Column.class, c -> c.heading,
                List.of(Column.WHATSAPP, Column.NAME));
        Map<String, Optional<MemberService.Enrolled>> owners = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        List<Planned> plan = new ArrayList<>();
        for (SheetRow row : sheet.rows()) {
            plan.add(plan(row, columns, owners, seen));
        }
        return plan;
    }

    private Planned plan(SheetRow row, Map<Column, Integer> columns,
            Map<String, Optional<MemberService.Enrolled>> owners, Map<String, Integer> seen) {
        int number = row.number();
        String name = cell(row, columns, Column.NAME);
        List<FieldError> problems = new ArrayList<>();
        if (name.isEmpty()) {
            problems.add(ImportRow.problem(Column.NAME.heading, "required", ""));
        }
        String typedPhone = cell(row, columns, Column.WHATSAPP);
        MemberService.Enrolled owner = null;
        if (typedPhone.isEmpty()) {
            problems.add(ImportRow.problem(Column.WHATSAPP.heading, "required", ""));
        } else {
            String phone = PhoneNumbers.normaliseMobile(typedPhone).orElse(null);
            if (phone == null) {
                problems.add(ImportRow.problem(Column.WHATSAPP.heading,
                        PhoneNumbers.isLandline(typedPhone) ? "phoneLandline" : "phoneInvalid",
                        typedPhone));
            } else {
                owner = owners.computeIfAbsent(phone, members::findByWhatsapp).orElse(null);
                if (owner == null) {
                    problems.add(ImportRow.problem(Column.WHATSAPP.heading, "memberUnknown", typedPhone));
                }
            }
        }
        String externalId = cell(row, columns, Column.EXTERNAL_ID);
        externalId = externalId == null || externalId.isEmpty() ? null : externalId;
        if (owner != null && !name.isEmpty()) {
            String key = owner.id() + "|" + (externalId != null ? "id:" + externalId
                    : "name:" + name.toLowerCase(Locale.ROOT));
            Integer first = seen.putIfAbsent(key, number);
            if (first != null) {
                problems.add(ImportRow.problem(externalId != null ? Column.EXTERNAL_ID.heading
                        : Column.NAME.heading, "duplicateRow", first));
            }
        }
        if (!problems.isEmpty()) {
            return new Planned(ImportRow.rejected(number, name, problems), null, null, null);
        }
        Optional<ProductRecords.Found> existing = products.find(owner.id(), externalId, name);
        ProductRecord base = existing.map(ProductRecords.Found::values).orElse(null);
        String typedSector = cell(row, columns, Column.SECTOR);
        String sector;
        if (typedSector == null || typedSector.isEmpty()) {
            sector = base != null && typedSector == null ? base.sector() : owner.profile().sector();
        } else {
            sector = names.sector(typedSector).orElse(null);
            if (sector == null) {
                problems.add(ImportRow.problem(Column.SECTOR.heading, "unknownSector", typedSector, names.sectorChoices()));
            }
        }
        String priceText = cell(row, columns, Column.PRICE);
        if (priceText == null) {
            priceText = base == null || base.price() == null ? null : String.valueOf(base.price());
        }
        ProductRecords.Checked checked = products.check(
                externalId == null && cell(row, columns, Column.EXTERNAL_ID) == null && base != null
                        ? base.externalId() : externalId,
                name, text(row, columns, Column.DESCRIPTION, base == null ? null : base.description()), priceText,
                text(row, columns, Column.UNIT, base == null ? null : base.unit()), sector);
        checked.errors().forEach(e -> problems.add(new FieldError(Column.heading(e.field()), e.code(), e.args())));
        ProductRecord values = checked.values();
        List<String> changed = new ArrayList<>();
        if (base != null) {
            compare(changed, Column.EXTERNAL_ID, values.externalId(), base.externalId());
            compare(changed, Column.NAME, values.name(), base.name());
            compare(changed, Column.DESCRIPTION, values.description(), base.description());
            compare(changed, Column.PRICE, values.price(), base.price());
            compare(changed, Column.UNIT, values.unit(), base.unit());
            compare(changed, Column.SECTOR, values.sector(), base.sector());
            if (problems.isEmpty() && changed.isEmpty()) {
                // What the portal already holds is not refused again, even where a rule has become stricter since.
                return new Planned(new ImportRow(number, name, ImportRow.Outcome.UNCHANGED, List.of(), List.of()),
                        owner.id(), existing.get().id(), values);
            }
        }
        checked.invalidFields().forEach(field -> problems.add(ImportRow.problem(Column.heading(field),
                "invalidValue", Objects.toString(cell(row, columns, column(field)), ""))));
        if (!problems.isEmpty()) {
            return new Planned(ImportRow.rejected(number, name, problems), null, null, null);
        }
        if (base == null) {
            return new Planned(new ImportRow(number, name, ImportRow.Outcome.CREATE, List.of(), List.of()),
                    owner.id(), null, values);
        }
        return new Planned(new ImportRow(number, name, ImportRow.Outcome.UPDATE, List.of(), changed), owner.id(),
                existing.get().id(), values);
    }

    private static Column column(String property) {
        return Arrays.stream(Column.values()).filter(c -> c.property.equals(property)).findFirst().orElse(Column.NAME);
    }

    private static void compare(List<String> changed, Column column, Object now, Object before) {
        if (!Objects.equals(now, before)) {
            changed.add(column.heading);
        }
    }

    /** The cell, stripped; null when the file has no such column. */
    private static String cell(SheetRow row, Map<Column, Integer> columns, Column column) {
        Integer index = columns.get(column);
        return index == null ? null : row.cell(index).strip();
    }

    private static String text(SheetRow row, Map<Column, Integer> columns, Column column, String kept) {
        String typed = cell(row, columns, column);
        return typed == null ? kept : typed.isEmpty() ? null : typed;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void apply(List<Planned> plan) {
        for (Planned row : plan) {
            switch (row.report().outcome()) {
                case CREATE -> products.create(row.memberId(), row.values());
                case UPDATE -> products.update(row.productId(), row.values());
                default -> {
                }
            }
        }
    }

    Table export() {
        List<List<Object>> rows = products.all().stream().map(p -> {
            ProductRecord v = p.values();
            List<Object> cells = new ArrayList<>();
            cells.add(p.whatsapp());
            cells.add(v.externalId());
            cells.add(v.name());
            cells.add(v.description());
            cells.add(v.price());
            cells.add(v.unit());
            cells.add(v.sector());
            return cells;
        }).toList();
        return new Table("Produk", HEADINGS, rows);
    }

    static Table template() {
        return new Table("Produk", HEADINGS, List.of(List.of("0812-3456-7890", "KP-01", "Keripik pisang coklat",
                "Keripik pisang dengan balutan coklat, 250 gram.", 25000, "bungkus", "kuliner")));
    }
}
