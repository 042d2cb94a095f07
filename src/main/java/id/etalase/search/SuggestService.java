package id.etalase.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import id.etalase.catalog.ReferenceData;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jboss.logging.Logger;

/** Typeahead: up to eight products, members and sectors whose names start with what was typed. */
@ApplicationScoped
public class SuggestService {

    private static final Logger LOG = Logger.getLogger(SuggestService.class);
    static final int MAX = 8;
    static final int MAX_SECTORS = 2;
    static final int MAX_MEMBERS = 2;

    @Inject
    ElasticsearchGate gate;

    @Inject
    SearchIndex index;

    @Inject
    ReferenceData reference;

    public List<Suggestion> suggest(String typed, String language) {
        String prefix = typed == null ? "" : typed.strip().replaceAll("\\s+", " ");
        if (prefix.length() < 2) {
            return List.of();
        }
        if (prefix.length() > SearchParams.MAX_QUERY_LENGTH) {
            prefix = prefix.substring(0, SearchParams.MAX_QUERY_LENGTH);
        }
        List<Suggestion> sectors = sectors(prefix, language);
        List<Suggestion> found;
        try {
            String typedPrefix = prefix;
            found = gate.interactive(client -> fromIndex(client, typedPrefix));
        } catch (ElasticsearchUnavailableException e) {
            LOG.debugf("Suggestions from the database, Elasticsearch failed: %s", e.getMessage());
            found = fromDatabase(prefix);
        }
        List<Suggestion> members = found.stream().filter(s -> s.type().equals(Suggestion.MEMBER)).limit(MAX_MEMBERS)
                .toList();
        List<Suggestion> all = new ArrayList<>();
        found.stream().filter(s -> s.type().equals(Suggestion.PRODUCT))
                .limit(MAX - sectors.size() - members.size()).forEach(all::add);
        all.addAll(members);
        all.addAll(sectors);
        return all;
    }

    private List<Suggestion> fromIndex(ElasticsearchClient client, String prefix) throws java.io.IOException {
        SearchResponse<ProductDocument> response = client.search(s -> s
                .index(index.alias())
                .size(12)
                .query(q -> q.bool(b -> b
                        .must(m -> m.match(match -> match.field("name.prefix").query(prefix).operator(Operator.And)))
                        .should(sh -> sh.prefix(p -> p.field("name.sort").value(prefix.toLowerCase(Locale.ROOT))
                                .boost(3f)))))
                .source(src -> src.filter(f -> f.includes("slug", "name")))
                .aggregations("members", a -> a
                        .filter(f -> f.match(m -> m.field("memberName.prefix").query(prefix).operator(Operator.And)))
                        .aggregations("slugs", t -> t.terms(terms -> terms.field("memberSlug").size(MAX_MEMBERS))
                                .aggregations("first", top -> top.topHits(h -> h.size(1)
                                        .source(src -> src.filter(f -> f.includes("memberName"))))))),
                ProductDocument.class);
        List<Suggestion> suggestions = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        for (Hit<ProductDocument> hit : response.hits().hits()) {
            // Many sellers list "Keripik Pisang": suggest each name once.
            if (names.add(hit.source().name().toLowerCase(Locale.ROOT))) {
                suggestions.add(new Suggestion(Suggestion.PRODUCT, hit.source().name(),
                        "/cari?q=" + java.net.URLEncoder.encode(hit.source().name(),
                                java.nio.charset.StandardCharsets.UTF_8)));
            }
        }
        for (StringTermsBucket bucket : response.aggregations().get("members").filter().aggregations().get("slugs")
                .sterms().buckets().array()) {
            var top = bucket.aggregations().get("first").topHits().hits().hits();
            String name = top.isEmpty() ? bucket.key().stringValue()
                    : top.get(0).source().to(ProductDocument.class).memberName();
            suggestions.add(new Suggestion(Suggestion.MEMBER, name, "/anggota/" + bucket.key().stringValue()));
        }
        return suggestions;
    }

    private List<Suggestion> fromDatabase(String prefix) {
        String like = prefix.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return QuarkusTransaction.joiningExisting().call(() -> {
            List<Suggestion> suggestions = new ArrayList<>();
            Panache.getEntityManager().createQuery("select distinct p.name from Product p join p.member m"
                            + " where p.status = id.etalase.catalog.ProductStatus.PUBLISHED"
                            + " and m.status = id.etalase.member.MemberStatus.ACTIVE"
                            + " and (lower(p.name) like :start escape '!' or lower(p.name) like :word escape '!')"
                            + " order by p.name", String.class)
                    .setParameter("start", like + "%").setParameter("word", "% " + like + "%")
                    .setMaxResults(MAX)
                    .getResultList()
                    .forEach(name -> suggestions.add(new Suggestion(Suggestion.PRODUCT, name, "/cari?q="
                            + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8))));
            Panache.getEntityManager().createQuery("select m.slug, m.businessName from Member m"
                            + " where m.status = id.etalase.member.MemberStatus.ACTIVE"
                            + " and lower(m.businessName) like :start escape '!' order by m.businessName",
                            Object[].class)
                    .setParameter("start", like + "%")
                    .setMaxResults(MAX_MEMBERS)
                    .getResultList()
                    .forEach(row -> suggestions.add(new Suggestion(Suggestion.MEMBER, (String) row[1],
                            "/anggota/" + row[0])));
            return suggestions;
        });
    }

    private List<Suggestion> sectors(String prefix, String language) {
        String lower = prefix.toLowerCase(Locale.ROOT);
        return reference.sectors().stream()
                .filter(s -> s.slug().startsWith(lower) || startsAWord(s.name(language), lower))
                .limit(MAX_SECTORS)
                .map(s -> new Suggestion(Suggestion.SECTOR, s.name(language), "/kategori/" + s.slug()))
                .toList();
    }

    private static boolean startsAWord(String text, String prefix) {
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (word.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
