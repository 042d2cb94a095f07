package id.etalase.common;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A path with query parameters, changed one parameter at a time to build filter, sort and page links: the one place
 * a link's query is encoded (Java and templates alike, see web.ViewExtensions' href:to), so that no value (a
 * member's name with an '&', a '#') can add a parameter of its own or cut the link short.
 */
public final class QueryUrl {

    private final String path;
    private final Map<String, String> params;

    public QueryUrl(String path, Map<String, String> params) {
        this.path = path;
        this.params = new LinkedHashMap<>();
        params.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                this.params.put(k, v);
            }
        });
    }

    public static QueryUrl of(String path) {
        return new QueryUrl(path, Map.of());
    }

    /** The path with these names and values, in this order: ("/admin/anggota", "q", "Toko & Co"). */
    public static String link(String path, Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values come in pairs: " + namesAndValues.length);
        }
        QueryUrl url = of(path);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            url = url.with(String.valueOf(namesAndValues[i]), value == null ? null : String.valueOf(value));
        }
        return url.toString();
    }

    public QueryUrl with(String name, String value) {
        Map<String, String> changed = new LinkedHashMap<>(params);
        if (value == null) {
            changed.remove(name);
        } else {
            changed.put(name, value);
        }
        return new QueryUrl(path, changed);
    }

    public QueryUrl without(String... names) {
        Map<String, String> changed = new LinkedHashMap<>(params);
        for (String name : names) {
            changed.remove(name);
        }
        return new QueryUrl(path, changed);
    }

    public QueryUrl at(String otherPath) {
        return new QueryUrl(otherPath, params);
    }

    public String get(String name) {
        return params.get(name);
    }

    @Override
    public String toString() {
        if (params.isEmpty()) {
            return path;
        }
        return path + "?" + params.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    /** A query's name or value, form-encoded (a space is '+'). */
    public static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
