package id.etalase.reference;

/** A sector as the API shows it, with how many public products and active members it has. */
public record SectorView(String slug, String name, String nameEn, long productCount, long memberCount) {

    public static SectorView of(Sector sector, long productCount, long memberCount) {
        return new SectorView(sector.slug, sector.nameId, sector.nameEn, productCount, memberCount);
    }
}
