package id.etalase.catalog;

import id.etalase.member.LegalPaper;
import id.etalase.member.Member;
import id.etalase.member.MemberScale;
import java.util.List;
import java.util.Set;

/**
 * A resolved product filter: every field optional, references already checked. The sector and district are their
 * slug and code, so a search can be filtered by them from the reference data in memory while the database is away.
 */
public record ProductFilter(String sector, String district, MemberScale scale, Member member, Long minPrice,
        Long maxPrice, LegalPaper paper, List<List<String>> words, Set<Long> excluded) {

    public static ProductFilter none() {
        return new ProductFilter(null, null, null, null, null, null, null, List.of(), Set.of());
    }

    /**
     * Words every product must contain in its name or description, each in any of its spellings (one list per word):
     * the database's plainer search.
     */
    public ProductFilter withWords(List<List<String>> newWords) {
        return new ProductFilter(sector, district, scale, member, minPrice, maxPrice, paper, newWords, excluded);
    }

    public ProductFilter withSector(String newSector) {
        return new ProductFilter(newSector, district, scale, member, minPrice, maxPrice, paper, words, excluded);
    }

    public ProductFilter withDistrict(String newDistrict) {
        return new ProductFilter(sector, newDistrict, scale, member, minPrice, maxPrice, paper, words, excluded);
    }

    public ProductFilter withScale(MemberScale newScale) {
        return new ProductFilter(sector, district, newScale, member, minPrice, maxPrice, paper, words, excluded);
    }

    public ProductFilter withMember(Member newMember) {
        return new ProductFilter(sector, district, scale, newMember, minPrice, maxPrice, paper, words, excluded);
    }

    public ProductFilter withPrice(Long min, Long max) {
        return new ProductFilter(sector, district, scale, member, min, max, paper, words, excluded);
    }

    /** Products whose seller holds this paper (halal certificate, BPOM, PIRT or NIB). */
    public ProductFilter withPaper(LegalPaper newPaper) {
        return new ProductFilter(sector, district, scale, member, minPrice, maxPrice, newPaper, words, excluded);
    }

    /** Products left out by id: a seller's identical listings but the oldest. */
    public ProductFilter withExcluded(Set<Long> ids) {
        return new ProductFilter(sector, district, scale, member, minPrice, maxPrice, paper, words, ids);
    }
}
