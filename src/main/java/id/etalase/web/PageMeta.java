package id.etalase.web;

/** What the layout puts in a page's head: title, description, canonical URL, share preview and structured data. */
public record PageMeta(String language, String title, String description, String canonical, String image,
        String type, String jsonLd, String switchLanguage) {

    public PageMeta withJsonLd(String json) {
        return new PageMeta(language, title, description, canonical, image, type, json, switchLanguage);
    }

    public PageMeta withType(String newType) {
        return new PageMeta(language, title, description, canonical, image, newType, jsonLd, switchLanguage);
    }
}
