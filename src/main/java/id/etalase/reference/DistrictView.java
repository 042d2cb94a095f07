package id.etalase.reference;

/** A district as the API shows it, with how many public products and active members it has. */
public record DistrictView(String code, String slug, String name, String kind, String provinceCode,
        long productCount, long memberCount) {

    public static DistrictView of(District district, long productCount, long memberCount) {
        return new DistrictView(district.code, district.slug, district.name, district.kind, district.provinceCode,
                productCount, memberCount);
    }
}
