package id.etalase.search;

/** One typeahead suggestion: what it is, what to show, where it leads. */
public record Suggestion(String type, String label, String url) {

    public static final String PRODUCT = "product";
    public static final String MEMBER = "member";
    public static final String SECTOR = "sector";
}
