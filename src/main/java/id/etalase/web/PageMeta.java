package id.etalase.web;

/** What the layout puts in a page's head: title, description, canonical URL, share preview and structured data. */
public record PageMeta(String language, String title, String description, String canonical, Image image,
        String type, String jsonLd, String switchLanguage) {

    /** The share preview: an absolute URL, its size and what it shows. */
    public record Image(String url, int width, int height, String alt) {
    }

    public PageMeta withJsonLd(String json) {
        return new PageMeta(language, title, description, canonical, image, type, json, switchLanguage);
    }

    public PageMeta withType(String newType) {
        return new PageMeta(language, title, description, canonical, image, newType, jsonLd, switchLanguage);
    }

    public PageMeta withImage(Image newImage) {
        return new PageMeta(language, title, description, canonical, newImage, type, jsonLd, switchLanguage);
    }
}
