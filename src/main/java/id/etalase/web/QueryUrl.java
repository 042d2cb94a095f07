package id.etalase.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** A path with query parameters, changed one parameter at a time to build filter, sort and page links. */
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

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
