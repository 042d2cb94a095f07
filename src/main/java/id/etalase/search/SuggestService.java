package id.etalase.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import id.etalase.catalog.ProductRepository;
import id.etalase.common.QueryUrl;
import id.etalase.common.TypedText;
import id.etalase.member.MemberRepository;
import id.etalase.reference.ReferenceData;
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

    @Inject
    ProductRepository products;

    @Inject
    MemberRepository members;

    @Inject
    SearchMetrics metrics;

    public List<Suggestion> suggest(String typed) {
        String prefix = TypedText.searchWords(typed);
        if (prefix.length() < 2) {
            return List.of();
        }
        if (prefix.length() > SearchParams.MAX_QUERY_LENGTH) {
            prefix = prefix.substring(0, SearchParams.MAX_QUERY_LENGTH);
        }
        List<Suggestion> sectors = sectors(prefix);
        List<Suggestion> found;
        long start = System.nanoTime();
        try {
            String typedPrefix = prefix;
            found = gate.interactive(client -> fromIndex(client, typedPrefix));
            metrics.answered(SearchMetrics.SUGGEST, SearchResult.ELASTICSEARCH, start);
        } catch (ElasticsearchUnavailableException e) {
            LOG.debugf("Suggestions from the database, Elasticsearch failed: %s", e.getMessage());
            found = fromDatabase(prefix);
            metrics.answered(SearchMetrics.SUGGEST, SearchResult.DATABASE, start);
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
                        QueryUrl.link("/cari", "q", hit.source().name())));
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
        return QuarkusTransaction.joiningExisting().call(() -> {
            List<Suggestion> suggestions = new ArrayList<>();
            products.publicNamesMatching(prefix, MAX).forEach(name -> suggestions.add(new Suggestion(
                    Suggestion.PRODUCT, name, QueryUrl.link("/cari", "q", name))));
            members.findActiveNamedLike(prefix, MAX_MEMBERS).forEach(member -> suggestions.add(new Suggestion(
                    Suggestion.MEMBER, member.businessName, "/anggota/" + member.slug)));
            return suggestions;
        });
    }

    /** Sectors whose slug or name in either language starts with the prefix, named as the shopper typed it. */
    private List<Suggestion> sectors(String prefix) {
        String lower = prefix.toLowerCase(Locale.ROOT);
        List<Suggestion> found = new ArrayList<>();
        for (ReferenceData.SectorName sector : reference.sectors()) {
            String name = startsAWord(sector.nameEn(), lower) && !startsAWord(sector.nameId(), lower)
                    && !sector.slug().startsWith(lower) ? sector.nameEn() : sector.nameId();
            if (sector.slug().startsWith(lower) || startsAWord(sector.nameId(), lower)
                    || startsAWord(sector.nameEn(), lower)) {
                found.add(new Suggestion(Suggestion.SECTOR, name, "/kategori/" + sector.slug()));
            }
        }
        return found.stream().limit(MAX_SECTORS).toList();
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
