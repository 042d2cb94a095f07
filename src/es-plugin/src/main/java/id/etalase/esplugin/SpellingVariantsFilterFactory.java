package id.etalase.esplugin;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.BooleanSetting;
import org.elasticsearch.plugin.settings.ListSetting;

/**
 * Token filter {@code id_spelling}: the spellings of one word (rules like {@code "keripik, kripik"}, the first is the
 * form kept) become that one form. With {@code all_forms} every spelling of the group is emitted at the token's
 * position instead: index with it and search without it, and either spelling finds the same products with the same
 * scores (stacked tokens do not count towards the field's length), while a typo or a partly typed word of either
 * spelling still has its spelling in the index to match. Expects lowercased, ASCII-folded input.
 */
@NamedComponent("id_spelling")
public class SpellingVariantsFilterFactory implements TokenFilterFactory {

    @AnalysisSettings
    public interface Settings {
        @ListSetting(path = "variants")
        List<String> variants();

        @BooleanSetting(path = "all_forms", defaultValue = false)
        boolean allForms();
    }

    /** Each spelling to its whole group, the kept form first. */
    private final CharArrayMap<char[][]> groups;
    private final boolean allForms;

    @Inject
    public SpellingVariantsFilterFactory(Settings settings) {
        this.groups = groups(settings.variants());
        this.allForms = settings.allForms();
    }

    static CharArrayMap<char[][]> groups(List<String> rules) {
        CharArrayMap<char[][]> groups = new CharArrayMap<>(16, false);
        for (String rule : rules == null ? List.<String>of() : rules) {
            List<char[]> spellings = new ArrayList<>();
            for (String word : rule.split(",")) {
                String spelling = word.trim().toLowerCase(Locale.ROOT);
                if (!spelling.isEmpty()) {
                    spellings.add(spelling.toCharArray());
                }
            }
            char[][] group = spellings.toArray(new char[0][]);
            for (char[] spelling : group) {
                groups.put(spelling, group);
            }
        }
        return CharArrayMap.unmodifiableMap(groups);
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new TokenFilter(tokenStream) {
            private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
            private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
            private char[][] pending;
            private int next;

            @Override
            public boolean incrementToken() throws IOException {
                if (pending != null && next < pending.length) {
                    term.copyBuffer(pending[next], 0, pending[next].length);
                    position.setPositionIncrement(0);
                    next++;
                    return true;
                }
                pending = null;
                if (!input.incrementToken()) {
                    return false;
                }
                char[][] group = groups.get(term.buffer(), 0, term.length());
                if (group != null) {
                    term.copyBuffer(group[0], 0, group[0].length);
                    if (allForms && group.length > 1) {
                        pending = group;
                        next = 1;
                    }
                }
                return true;
            }

            @Override
            public void reset() throws IOException {
                super.reset();
                pending = null;
            }
        };
    }

    @Override
    public TokenStream normalize(TokenStream tokenStream) {
        return allForms ? tokenStream : create(tokenStream);
    }
}
