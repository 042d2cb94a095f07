package id.etalase.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/** The indices of one alias in the Elasticsearch on 127.0.0.1:9200, seen through its REST API. */
final class SearchIndices {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private SearchIndices() {
    }

    /** The concrete indices the alias points at. */
    static List<String> behind(String alias) throws IOException, InterruptedException {
        HttpResponse<String> response = get("/_alias/" + alias);
        if (response.statusCode() == 404) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        JSON.readTree(response.body()).fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** Every index made for the alias (alias_v1, alias_v2, …), behind it or not. */
    static List<String> made(String alias) throws IOException, InterruptedException {
        JsonNode indices = JSON.readTree(get("/_cat/indices/" + alias + "_v*?format=json").body());
        List<String> names = new ArrayList<>();
        indices.forEach(index -> names.add(index.get("index").asText()));
        return names.stream().sorted().toList();
    }

    static long count(String alias) throws IOException, InterruptedException {
        send(HttpRequest.newBuilder(uri("/" + alias + "/_refresh")).POST(HttpRequest.BodyPublishers.noBody()));
        return JSON.readTree(get("/" + alias + "/_count").body()).get("count").asLong();
    }

    static void deleteAll(String alias) throws IOException, InterruptedException {
        for (String index : made(alias)) {
            send(HttpRequest.newBuilder(uri("/" + index)).DELETE());
        }
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(String path) {
        return URI.create("http://127.0.0.1:9200" + path);
    }
}
