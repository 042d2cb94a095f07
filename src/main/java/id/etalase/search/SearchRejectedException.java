package id.etalase.search;

/** Elasticsearch answered and refused the request itself (4xx): answering it from the database would not help. */
public class SearchRejectedException extends RuntimeException {

    private final int status;

    public SearchRejectedException(int status, Throwable cause) {
        super("Elasticsearch rejected the search with status " + status, cause);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
