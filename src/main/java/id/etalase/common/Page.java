package id.etalase.common;

import java.util.List;
import java.util.function.Function;

/** One page of a listing: the items, the page number (from 1), the page size and the total count. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, total);
    }

    public int pageCount() {
        return (int) ((total + size - 1) / size);
    }
}
