package id.etalase.search;

import id.etalase.common.FieldError;
import id.etalase.common.InvalidInputException;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The search vocabulary the admins keep: rules of equivalent terms (synonyms and spelling variants), and the
 * searches that found nothing, to learn from. Rules reach the index when it is rebuilt.
 */
@ApplicationScoped
public class Vocabulary {

    static final int MAX_TERMS = 10;
    private static final Pattern TERM = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} '\\-]{0,49}");

    /** A rule as the admin page lists it. */
    public record Rule(long id, String terms) {
    }

    /** A search that found nothing: how often, and the day it was last tried, over every filter it was tried with. */
    public record Miss(String query, long searches, String lastDay) {
    }

    @Transactional
    public List<Rule> rules() {
        return SearchSynonym.<SearchSynonym>list("order by terms").stream().map(s -> new Rule(s.id, s.terms))
                .toList();
    }

    /** The rules as the index's synonym filter takes them (Solr format). */
    public List<String> lines() {
        return QuarkusTransaction.joiningExisting().call(() -> rules().stream().map(Rule::terms).toList());
    }

    /** Names this vocabulary; an index built with it carries the same name, so the page can tell it is applied. */
    public String fingerprint() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(String.join("\n", lines()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Adds a rule of two or more terms, written "a, b, c"; returns it as stored. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Rule add(String typed) {
        String terms = normalise(typed);
        if (SearchSynonym.count("terms", terms) > 0) {
            throw new InvalidInputException(FieldError.of("terms", "vocabulary_exists"));
        }
        SearchSynonym rule = new SearchSynonym();
        rule.terms = terms;
        rule.persist();
        return new Rule(rule.id, terms);
    }

    /** Makes a query that found nothing mean the same as a term: joins the term's rule, or starts one. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Rule addVariant(String query, String meaning) {
        String variant = normalise(query + ", " + meaning).split(", ")[0];
        String target = normalise(meaning + ", " + query).split(", ")[0];
        Optional<SearchSynonym> existing = SearchSynonym.<SearchSynonym>streamAll()
                .filter(s -> List.of(s.terms.split(", ")).contains(target)).findFirst();
        if (existing.isEmpty()) {
            return add(target + ", " + variant);
        }
        SearchSynonym rule = existing.get();
        rule.terms = normalise(rule.terms + ", " + variant);
        return new Rule(rule.id, rule.terms);
    }

    /** Removes a rule; answers its terms, empty when there was none. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<String> remove(long id) {
        Optional<SearchSynonym> rule = SearchSynonym.findByIdOptional(id);
        rule.ifPresent(SearchSynonym::delete);
        return rule.map(r -> r.terms);
    }

    /** The most frequent searches without results since the given day that no rule covers yet. */
    @Transactional
    public List<Miss> misses(java.time.LocalDate since, int limit) {
        Set<String> covered = new java.util.HashSet<>();
        rules().forEach(r -> covered.addAll(List.of(r.terms().split(", "))));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery("select query, sum(searches),"
                + " max(last_seen) from search_miss where day >= ?1 group by query order by sum(searches) desc,"
                + " max(last_seen) desc, query").setParameter(1, since).setMaxResults(limit + covered.size())
                .getResultList();
        List<Miss> misses = new ArrayList<>();
        for (Object[] row : rows) {
            // Counted before queries were tidied, a row may hold what no page can show.
            String query = SearchMisses.normalise((String) row[0]);
            if (SearchMisses.isWords(query) && !covered.contains(query) && misses.size() < limit) {
                misses.add(new Miss(query, ((Number) row[1]).longValue(), String.valueOf(row[2]).substring(0, 10)));
            }
        }
        return misses;
    }

    /** "Kripik,  KERIPIK ,kripik" → "kripik, keripik"; refuses symbols, single terms and overlong rules. */
    static String normalise(String typed) {
        Set<String> terms = new LinkedHashSet<>();
        for (String term : (typed == null ? "" : typed).split(",")) {
            String clean = term.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
            if (!clean.isEmpty()) {
                if (!TERM.matcher(clean).matches()) {
                    throw new InvalidInputException(FieldError.of("terms", "vocabulary_term", clean));
                }
                terms.add(clean);
            }
        }
        if (terms.size() < 2 || terms.size() > MAX_TERMS) {
            throw new InvalidInputException(FieldError.of("terms", "vocabulary_count", MAX_TERMS));
        }
        return String.join(", ", terms);
    }
}
