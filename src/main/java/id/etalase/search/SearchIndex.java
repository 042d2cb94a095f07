package id.etalase.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.indices.GetAliasResponse;
import co.elastic.clients.json.JsonData;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Creates versioned product indices (alias_v1, alias_v2, …) and moves the alias between them. */
@ApplicationScoped
public class SearchIndex {

    @Inject
    SearchAnswers answers;

    @Inject
    ElasticsearchClient client;

    @Inject
    SearchConfig config;

    @Inject
    ObjectMapper json;

    @Inject
    Vocabulary vocabulary;

    public String alias() {
        return config.alias();
    }

    public boolean aliasExists() throws IOException {
        return client.indices().existsAlias(a -> a.name(config.alias())).value();
    }

    /** The concrete indices the alias points at now. */
    public Set<String> currentIndices() throws IOException {
        if (!aliasExists()) {
            return Set.of();
        }
        GetAliasResponse response = client.indices().getAlias(a -> a.name(config.alias()));
        return response.aliases().keySet();
    }

    /** Creates the next versioned index with the mapping and synonyms of this build, stamped with the database. */
    public String createNextIndex(String databaseId) throws IOException {
        String name = config.alias() + "_v" + (highestVersion() + 1);
        byte[] definition = definition().replace("\"__DATABASE_ID__\"", toJson(databaseId))
                .replace("\"__DOCUMENT_VERSIONS__\"", toJson(DOCUMENT_VERSIONS))
                .replace("\"__VOCABULARY__\"", toJson(vocabulary.fingerprint()))
                .replace("\"__DEFINITION__\"", toJson(definitionFingerprint()))
                .getBytes(StandardCharsets.UTF_8);
        client.indices().create(c -> c.index(name).withJson(new ByteArrayInputStream(definition)));
        return name;
    }

    /** Points the alias at the given index in one atomic step and drops the indices it pointed at before. */
    public void swapAliasTo(String index) throws IOException {
        Set<String> previous = currentIndices();
        client.indices().updateAliases(u -> {
            for (String old : previous) {
                u.actions(a -> a.remove(r -> r.index(old).alias(config.alias())));
            }
            return u.actions(a -> a.add(add -> add.index(index).alias(config.alias())));
        });
        answers.forget();
        for (String old : previous) {
            if (!old.equals(index)) {
                client.indices().delete(d -> d.index(old));
            }
        }
    }

    /**
     * How document versions are made. Indices whose versions were made another way (before: from outbox row times)
     * are rebuilt, as their versions would not compare with the new ones.
     */
    static final String DOCUMENT_VERSIONS = "product-and-member-versions";

    /**
     * Whether the indices behind the alias were built from the database with this id, with this build's versions and
     * index definition (an analysis or mapping change rebuilds the index).
     */
    public boolean builtFrom(String databaseId) throws IOException {
        for (String current : currentIndices()) {
            var mapping = client.indices().getMapping(m -> m.index(current)).get(current);
            Map<String, JsonData> meta = mapping == null ? Map.of() : mapping.mappings().meta();
            if (meta.get("databaseId") == null || !databaseId.equals(meta.get("databaseId").to(String.class))
                    || meta.get("documentVersions") == null
                    || !DOCUMENT_VERSIONS.equals(meta.get("documentVersions").to(String.class))
                    || meta.get("definition") == null
                    || !definitionFingerprint().equals(meta.get("definition").to(String.class))) {
                return false;
            }
        }
        return true;
    }

    public void refresh() throws IOException {
        client.indices().refresh(r -> r.index(config.alias()));
        answers.forget();
    }

    public void deleteIndex(String index) throws IOException {
        client.indices().delete(d -> d.index(index).ignoreUnavailable(true));
    }

    private int highestVersion() throws IOException {
        Pattern versioned = Pattern.compile(Pattern.quote(config.alias()) + "_v(\\d+)");
        int highest = 0;
        var indices = client.indices().get(g -> g.index(config.alias() + "_v*").allowNoIndices(true));
        for (String name : indices.indices().keySet()) {
            Matcher matcher = versioned.matcher(name);
            if (matcher.matches()) {
                highest = Math.max(highest, Integer.parseInt(matcher.group(1)));
            }
        }
        return highest;
    }

    /** The fingerprint of this build's index definition, as its file holds it (before the settings go in). */
    static String definitionFingerprint() {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(resource("search/product-index.json").getBytes(StandardCharsets.UTF_8))).substring(0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    String definition() {
        String template = resource("search/product-index.json");
        return template.replace("\"__REPLICAS__\"", String.valueOf(config.replicas()))
                .replace("\"__SYNONYMS__\"", toJson(vocabulary.lines()))
                .replace("\"__STOP_WORDS__\"", toJson(SearchWords.STOP))
                .replace("\"__SPELLINGS__\"", toJson(SearchWords.SPELLINGS));
    }

    /** The fingerprint of the vocabulary the indices behind the alias were built with; empty before any. */
    public String appliedVocabulary() throws IOException {
        for (String current : currentIndices()) {
            var mapping = client.indices().getMapping(m -> m.index(current)).get(current);
            JsonData applied = mapping == null ? null : mapping.mappings().meta().get("vocabulary");
            if (applied != null) {
                return applied.to(String.class);
            }
        }
        return "";
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String resource(String path) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
