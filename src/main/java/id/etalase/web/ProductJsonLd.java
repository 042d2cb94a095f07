package id.etalase.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.etalase.catalog.ProductDetailView;
import id.etalase.common.PublicUrls;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;

/** The structured data of a product page (schema.org Product), as search engines read it. */
@ApplicationScoped
class ProductJsonLd {

    @Inject
    ObjectMapper json;

    @Inject
    PublicUrls urls;

    /** schema.org Product with an IDR offer and the seller, as JSON safe to put inside a script element. */
    String product(ProductDetailView product, String url, java.util.List<String> photoUrls) {
        Map<String, Object> offer = new LinkedHashMap<>();
        offer.put("@type", "Offer");
        offer.put("priceCurrency", "IDR");
        if (product.price() != null) {
            offer.put("price", product.price());
        }
        offer.put("availability", "https://schema.org/InStock");
        offer.put("url", url);
        offer.put("seller", Map.of("@type", "Organization", "name", product.member().name(),
                "url", urls.absolute("/anggota/" + product.member().slug())));
        Map<String, Object> ld = new LinkedHashMap<>();
        ld.put("@context", "https://schema.org");
        ld.put("@type", "Product");
        ld.put("name", product.name());
        if (product.description() != null) {
            ld.put("description", product.description());
        }
        ld.put("url", url);
        ld.put("image", photoUrls.isEmpty() ? urls.absolute(Pages.SHARE_IMAGE) : photoUrls);
        ld.put("category", product.sector().name());
        ld.put("offers", offer);
        try {
            return json.writeValueAsString(ld).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
