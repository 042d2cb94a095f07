package id.etalase.web;

/** A link a page offers: a facet value, a sort order, a page number. */
public record Link(String label, String url, boolean active, long count) {

    public static Link of(String label, String url, boolean active) {
        return new Link(label, url, active, -1);
    }
}
