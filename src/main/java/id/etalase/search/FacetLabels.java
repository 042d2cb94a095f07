package id.etalase.search;

import id.etalase.catalog.PriceBand;
import id.etalase.common.Rupiah;
import id.etalase.i18n.AppMessages;
import id.etalase.i18n.Languages;
import id.etalase.reference.ReferenceData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Names every facet value of a search result in the reader's language: sectors, scales, legal papers, prices. */
@ApplicationScoped
public class FacetLabels {

    @Inject
    ReferenceData reference;

    public SearchResult named(SearchResult result, String language) {
        AppMessages msg = Languages.messages(language);
        Map<String, List<SearchResult.FacetValue>> facets = new LinkedHashMap<>();
        result.facets().forEach((facet, values) -> facets.put(facet, values.stream()
                .map(v -> new SearchResult.FacetValue(v.value(), label(facet, v.value(), language, msg), v.count()))
                .toList()));
        return new SearchResult(result.query(), result.items(), result.page(), result.size(), result.total(),
                result.engine(), facets);
    }

    private String label(String facet, String value, String language, AppMessages msg) {
        return switch (facet) {
            case "sector" -> reference.sector(value).map(s -> s.name(language)).orElse(value);
            case "district" -> reference.district(value).map(ReferenceData.DistrictName::name).orElse(value);
            case "scale" -> msg.scale(value);
            case "paper" -> switch (value) {
                case "halal" -> msg.badge_halal();
                case "bpom" -> msg.badge_bpom();
                case "pirt" -> msg.badge_pirt();
                case "nib" -> msg.badge_nib();
                default -> value;
            };
            case "price" -> PriceBand.ALL.stream().filter(b -> b.value().equals(value)).findFirst()
                    .map(band -> priceLabel(band, msg)).orElse(value);
            default -> value;
        };
    }

    static String priceLabel(PriceBand band, AppMessages msg) {
        if (band.from() == null) {
            return msg.price_below(Rupiah.format(band.to()));
        }
        if (band.to() == null) {
            return msg.price_above(Rupiah.format(band.from()));
        }
        return msg.price_between(Rupiah.format(band.from()), Rupiah.format(band.maxPrice()));
    }
}
