package id.etalase.admin;

import id.etalase.reference.ReferenceData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;

/** Sectors and districts as people write them in a spreadsheet: by slug, code or name, in any case. */
@ApplicationScoped
public class ReferenceNames {

    @Inject
    ReferenceData reference;

    /** "kuliner", "Kuliner", "Kuliner (makanan & minuman)" or "Food & drink" → kuliner. */
    public Optional<String> sector(String typed) {
        String key = key(typed);
        return reference.sectors().stream().filter(s -> key.equals(key(s.slug())) || key.equals(key(s.nameId()))
                || key.equals(key(s.nameEn())) || key.equals(key(s.nameId().replaceFirst("\\s*\\(.*$", ""))))
                .map(ReferenceData.SectorName::slug).findFirst();
    }

    /** "18.71", "bandar-lampung", "Bandar Lampung" or "Kota Bandar Lampung" → 18.71. */
    /** The sectors' names as a spreadsheet may name them, for a refused one. */
    public String sectorChoices() {
        return reference.sectors().stream().map(s -> s.nameId()).collect(java.util.stream.Collectors.joining(", "));
    }

    public Optional<String> district(String typed) {
        String key = key(typed).replaceFirst("^(kabupaten|kab\\.?|kota) ", "");
        return reference.districts().stream().filter(d -> key.equals(d.code()) || key.equals(key(d.slug()))
                || key.equals(key(d.name()))).map(ReferenceData.DistrictName::code).findFirst();
    }

    /** The district's name, as the export writes it. */
    public String districtName(String code) {
        return reference.district(code).map(ReferenceData.DistrictName::name).orElse(code);
    }

    private static String key(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace('-', ' ').replaceAll("\\s+", " ");
    }
}
