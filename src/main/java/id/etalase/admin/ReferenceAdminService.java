package id.etalase.admin;

import id.etalase.admin.DistrictImport.Line;
import id.etalase.admin.DistrictImport.Outcome;
import id.etalase.catalog.ProductWrites;
import id.etalase.common.FieldError;
import id.etalase.common.InvalidInputException;
import id.etalase.common.Slugs;
import id.etalase.common.TypedText;
import id.etalase.member.MemberService;
import id.etalase.moderation.AuditLog;
import id.etalase.reference.District;
import id.etalase.reference.DistrictRepository;
import id.etalase.reference.Province;
import id.etalase.reference.ReferenceChanged;
import id.etalase.reference.Sector;
import id.etalase.reference.SectorRedirect;
import id.etalase.reference.SectorRepository;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The admins' reference data: sectors (add, rename, reorder, merge one into another, old slugs redirecting) and
 * districts (another province's regencies and cities from a file). Every change lands in the audit log, makes the
 * affected products' search documents be rewritten, and refreshes the names every page shows.
 */
@ApplicationScoped
public class ReferenceAdminService {

    static final int NAME_MAX = 120;
    static final int SECTOR_SLUG_MAX = 60;
    static final int DISTRICT_SLUG_MAX = 80;
    private static final Pattern DISTRICT_CODE = Pattern.compile("\\d{2}\\.\\d{2}");
    private static final Pattern PROVINCE_CODE = Pattern.compile("\\d{2}");

    @Inject
    SectorRepository sectors;

    @Inject
    DistrictRepository districts;

    @Inject
    AuditLog audit;

    @Inject
    ProductWrites productWrites;

    @Inject
    MemberService memberService;

    @Inject
    Event<ReferenceChanged> referenceChanged;

    @Transactional
    public List<SectorRow> sectors() {
        Map<Long, Long> products = counts("select sector_id, count(*) from product group by sector_id");
        Map<Long, Long> members = counts("select sector_id, count(*) from member group by sector_id");
        Map<Long, List<String>> oldSlugs = new HashMap<>();
        sectors.redirects().forEach(r -> oldSlugs.computeIfAbsent(r.sectorId, id -> new ArrayList<>()).add(r.oldSlug));
        return sectors.listOrdered().stream().map(s -> new SectorRow(s.id, s.slug, s.nameId, s.nameEn, s.position,
                products.getOrDefault(s.id, 0L), members.getOrDefault(s.id, 0L),
                List.copyOf(oldSlugs.getOrDefault(s.id, List.of())))).toList();
    }

    /** Adds a sector last, its slug made from the Indonesian name; returns the slug. */
    @Transactional
    public String addSector(long actorId, String nameId, String nameEn) {
        List<FieldError> errors = new ArrayList<>();
        String id = name("nameId", nameId, errors);
        String en = name("nameEn", nameEn, errors);
        String slug = id == null ? null : fit(Slugs.of(id), SECTOR_SLUG_MAX);
        if (slug != null && slugTaken(slug, null)) {
            errors.add(FieldError.of("nameId", "sector_slugTaken", slug));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Sector sector = new Sector();
        sector.slug = slug;
        sector.nameId = id;
        sector.nameEn = en;
        sector.position = sectors.listOrdered().stream().mapToInt(s -> s.position).max().orElse(0) + 1;
        sectors.persist(sector);
        audit.record(actorId, "sector.add", "sector", sector.id, sector.nameId, null, describe(sector), null);
        referenceChanged.fire(new ReferenceChanged());
        return slug;
    }

    /**
     * Renames a sector in both languages, gives it another slug (blank: made from the Indonesian name; the old one
     * then redirects) and moves it to the given place. Its products' search documents are rewritten.
     */
    @Transactional
    public void updateSector(long actorId, long sectorId, String slug, String nameId, String nameEn,
            String position) {
        Sector sector = sectors.findByIdOptional(sectorId).orElseThrow(NotFoundException::new);
        List<FieldError> errors = new ArrayList<>();
        String id = name("nameId", nameId, errors);
        String en = name("nameEn", nameEn, errors);
        String newSlug = slug == null || slug.isBlank() ? (id == null ? sector.slug : fit(Slugs.of(id),
                SECTOR_SLUG_MAX)) : slug.strip();
        if (!newSlug.matches(Slugs.PATTERN) || newSlug.length() > SECTOR_SLUG_MAX) {
            errors.add(FieldError.of("slug", "sector_slugFormat"));
        } else if (slugTaken(newSlug, sector.id)) {
            errors.add(FieldError.of("slug", "sector_slugTaken", newSlug));
        }
        int place = place(position, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String before = describe(sector);
        boolean renamed = !sector.nameId.equals(id) || !sector.nameEn.equals(en) || !sector.slug.equals(newSlug);
        if (!sector.slug.equals(newSlug)) {
            // The new slug may be one this sector had before: it stops redirecting and is the sector's again.
            SectorRedirect.deleteById(newSlug);
            redirect(sector.slug, sector.id);
            sector.slug = newSlug;
        }
        sector.nameId = id;
        sector.nameEn = en;
        boolean moved = reorder(sector, place);
        if (!renamed && !moved) {
            return;
        }
        if (renamed) {
            reindexProductsOf(sector.id);
        }
        audit.record(actorId, "sector.update", "sector", sector.id, sector.nameId, before, describe(sector), null);
        referenceChanged.fire(new ReferenceChanged());
    }

    /**
     * Moves every product, member and pending revision of one sector to another, then removes it: its slug and the
     * slugs that led to it redirect to the target from now on.
     */
    @Transactional
    public void mergeSector(long actorId, long sectorId, Long targetId) {
        Sector from = sectors.findByIdOptional(sectorId).orElseThrow(NotFoundException::new);
        if (targetId == null) {
            throw new InvalidInputException(FieldError.of("into", "sector_mergeTarget"));
        }
        if (targetId == sectorId) {
            throw new InvalidInputException(FieldError.of("into", "sector_mergeSelf"));
        }
        Sector into = sectors.findByIdOptional(targetId)
                .orElseThrow(() -> new InvalidInputException(FieldError.of("into", "sector_mergeTarget")));
        EntityManager em = Panache.getEntityManager();
        productWrites.moveSector(from.id, into.id);
        memberService.moveSector(from.id, into.id);
        SectorRedirect.update("sectorId = ?1 where sectorId = ?2", into.id, from.id);
        redirect(from.slug, into.id);
        String before = describe(from);
        sectors.delete(from);
        em.flush();
        renumber(sectors.listOrdered());
        audit.record(actorId, "sector.merge", "sector", sectorId, from.nameId, before, describe(into), null);
        referenceChanged.fire(new ReferenceChanged());
    }

    @Transactional
    public List<ProvinceRow> provinces() {
        Map<Long, Long> members = counts("select district_id, count(*) from member group by district_id");
        Map<String, List<ProvinceRow.DistrictRow>> byProvince = new LinkedHashMap<>();
        for (District d : districts.listOrdered()) {
            byProvince.computeIfAbsent(d.provinceCode, code -> new ArrayList<>()).add(new ProvinceRow.DistrictRow(
                    d.code, d.slug, d.name, d.kind, members.getOrDefault(d.id, 0L)));
        }
        return Province.<Province>listAll(io.quarkus.panache.common.Sort.by("code")).stream()
                .map(p -> new ProvinceRow(p.code, p.name, byProvince.getOrDefault(p.code, List.of()))).toList();
    }

    /**
     * Adds the regencies and cities of an uploaded file and corrects the names and kinds of those already known
     * (their slugs stay). Rows that cannot be taken are reported with the reason; the others are applied.
     */
    @Transactional
    public DistrictImport importDistricts(long actorId, byte[] file) {
        List<DistrictFile.Row> rows = DistrictFile.read(file);
        Map<String, Long> firstRowOfCode = new HashMap<>();
        List<Line> lines = new ArrayList<>();
        for (DistrictFile.Row row : rows) {
            Typed typed = Typed.of(row);
            FieldError problem = problem(row, typed, firstRowOfCode);
            if (row.code() != null && !row.code().isBlank()) {
                firstRowOfCode.putIfAbsent(row.code(), row.row());
            }
            Outcome outcome = problem == null ? apply(actorId, row, typed) : Outcome.REJECTED;
            lines.add(new Line(row.row(), row.code(), typed.name(), typed.kind() == null ? row.kind() : typed.kind(),
                    row.provinceCode(), outcome, problem));
        }
        DistrictImport result = new DistrictImport(lines);
        if (result.changedAnything()) {
            referenceChanged.fire(new ReferenceChanged());
        }
        return result;
    }

    /** A row's name without "Kabupaten"/"Kota" in front, and its kind from the kind column or from that word. */
    private record Typed(String name, String kind, boolean kindUnknown, boolean kindConflict) {

        static Typed of(DistrictFile.Row row) {
            String name = row.name().replaceAll("\\s+", " ").strip();
            String fromName = null;
            String lower = name.toLowerCase(Locale.ROOT);
            for (String[] prefix : new String[][] {{"kabupaten ", "kabupaten"}, {"kab. ", "kabupaten"},
                    {"kab ", "kabupaten"}, {"kota ", "kota"}}) {
                if (lower.startsWith(prefix[0])) {
                    fromName = prefix[1];
                    name = name.substring(prefix[0].length()).strip();
                    break;
                }
            }
            String column = kind(row.kind());
            boolean unknown = !row.kind().isBlank() && column == null;
            String kind = column != null ? column : fromName;
            return new Typed(name, kind, unknown || kind == null,
                    column != null && fromName != null && !column.equals(fromName));
        }

        private static String kind(String typed) {
            return switch (typed.toLowerCase(Locale.ROOT).strip()) {
                case "kabupaten", "kab", "kab." -> "kabupaten";
                case "kota" -> "kota";
                default -> null;
            };
        }
    }

    private FieldError problem(DistrictFile.Row row, Typed typed, Map<String, Long> firstRowOfCode) {
        if (!DISTRICT_CODE.matcher(row.code()).matches()) {
            return FieldError.of("code", "district_badCode", row.code());
        }
        if (!PROVINCE_CODE.matcher(row.provinceCode()).matches()) {
            return FieldError.of("provinceCode", "district_badProvince", row.provinceCode());
        }
        if (!row.code().startsWith(row.provinceCode() + ".")) {
            return FieldError.of("code", "district_notInProvince", row.code(), row.provinceCode());
        }
        if (typed.name().isEmpty()) {
            return FieldError.of("name", "district_nameRequired");
        }
        if (typed.name().length() > NAME_MAX) {
            return FieldError.of("name", "reference_nameTooLong", String.valueOf(NAME_MAX));
        }
        if (typed.kindUnknown()) {
            return FieldError.of("kind", "district_unknownKind", row.kind());
        }
        if (typed.kindConflict()) {
            return FieldError.of("kind", "district_kindConflict", row.kind(), row.name());
        }
        Long first = firstRowOfCode.get(row.code());
        if (first != null) {
            return FieldError.of("code", "district_duplicate", row.code(), String.valueOf(first));
        }
        if (Province.findByIdOptional(row.provinceCode()).isEmpty() && row.provinceName().isBlank()) {
            return FieldError.of("provinceName", "district_provinceUnknown", row.provinceCode());
        }
        return null;
    }

    private Outcome apply(long actorId, DistrictFile.Row row, Typed typed) {
        if (Province.findByIdOptional(row.provinceCode()).isEmpty()) {
            Province province = new Province();
            province.code = row.provinceCode();
            province.name = row.provinceName().strip();
            province.persist();
            audit.record(actorId, "province.add", "province", Long.parseLong(province.code), province.name, null,
                    province.code + " " + province.name, null);
        }
        District district = districts.findByCode(row.code()).orElse(null);
        if (district == null) {
            district = new District();
            district.code = row.code();
            district.name = typed.name();
            district.kind = typed.kind();
            district.provinceCode = row.provinceCode();
            String slug = fit(Slugs.of(typed.name()), DISTRICT_SLUG_MAX);
            if (districtSlugTaken(slug)) {
                // Kabupaten Bogor and Kota Bogor: the second takes its kind in front.
                slug = fit(Slugs.unique(typed.kind() + " " + typed.name(), this::districtSlugTaken),
                        DISTRICT_SLUG_MAX);
            }
            district.slug = slug;
            districts.persist(district);
            audit.record(actorId, "district.add", "district", district.id, district.name, null, describe(district),
                    null);
            return Outcome.ADDED;
        }
        if (district.name.equals(typed.name()) && district.kind.equals(typed.kind())
                && district.provinceCode.equals(row.provinceCode())) {
            return Outcome.UNCHANGED;
        }
        String before = describe(district);
        district.name = typed.name();
        district.kind = typed.kind();
        district.provinceCode = row.provinceCode();
        memberService.districtRenamed(district.id);
        audit.record(actorId, "district.update", "district", district.id, district.name, before, describe(district),
                null);
        return Outcome.UPDATED;
    }

    private boolean districtSlugTaken(String slug) {
        return districts.count("slug", slug) > 0;
    }

    /** A slug no other sector has and no other sector's old slug is. */
    private boolean slugTaken(String slug, Long sectorId) {
        boolean current = sectors.findBySlug(slug).filter(s -> !s.id.equals(sectorId)).isPresent();
        boolean old = SectorRedirect.<SectorRedirect>findByIdOptional(slug)
                .filter(r -> !Objects.equals(r.sectorId, sectorId)).isPresent();
        return current || old;
    }

    private void redirect(String oldSlug, long sectorId) {
        SectorRedirect redirect = new SectorRedirect();
        redirect.oldSlug = oldSlug;
        redirect.sectorId = sectorId;
        redirect.createdAt = Instant.now();
        redirect.persist();
    }

    /** Puts the sector at the place (1 is first; past the end is last) and numbers all 1, 2, 3 … */
    private boolean reorder(Sector sector, int place) {
        List<Sector> ordered = new ArrayList<>(sectors.listOrdered());
        int was = ordered.indexOf(sector);
        ordered.remove(sector);
        ordered.add(Math.min(place - 1, ordered.size()), sector);
        return renumber(ordered) || was != ordered.indexOf(sector);
    }

    private static boolean renumber(List<Sector> ordered) {
        boolean changed = false;
        for (int i = 0; i < ordered.size(); i++) {
            if (ordered.get(i).position != i + 1) {
                ordered.get(i).position = i + 1;
                changed = true;
            }
        }
        return changed;
    }

    private void reindexProductsOf(long sectorId) {
        productWrites.sectorRenamed(sectorId);
    }

    private static String name(String field, String typed, List<FieldError> errors) {
        String name = typed == null ? "" : typed.replaceAll("\\s+", " ").strip();
        if (name.isEmpty()) {
            errors.add(FieldError.of(field, "sector_nameRequired"));
            return null;
        }
        if (name.length() > NAME_MAX) {
            errors.add(FieldError.of(field, "reference_nameTooLong", String.valueOf(NAME_MAX)));
            return null;
        }
        if (!TypedText.storable(name, false)) {
            errors.add(FieldError.of(field, "text_control"));
            return null;
        }
        return name;
    }

    private static int place(String typed, List<FieldError> errors) {
        try {
            int value = Integer.parseInt(typed == null ? "" : typed.strip());
            if (value >= 1) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(FieldError.of("position", "sector_badPosition"));
        return 0;
    }

    private static String fit(String slug, int max) {
        return slug.length() <= max ? slug : slug.substring(0, max).replaceAll("-+$", "");
    }

    private static String describe(Sector s) {
        return s.slug + " · " + s.nameId + " / " + s.nameEn + " · " + s.position;
    }

    private static String describe(District d) {
        return d.code + " " + d.kind + " " + d.name + " (" + d.slug + ")";
    }

    private static Map<Long, Long> counts(String sql) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery(sql).getResultList();
        Map<Long, Long> counts = new HashMap<>();
        rows.forEach(row -> counts.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue()));
        return counts;
    }
}
