package id.etalase.esplugin;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.ListSetting;

/**
 * Token filter {@code id_stop}: drops the function words of the {@code words} setting (dan, yang, di, untuk …) that
 * a shopper types between the words that matter, so that a product does not match on them alone. The portal passes
 * a short list on purpose: Lucene's Indonesian stop set (some 750 words) holds words that describe products (baru,
 * besar, kecil, tidak as in "tidak pedas"). A dropped word leaves no gap, so "keripik dan pisang" is the phrase
 * "keripik pisang" (Lucene's StopFilter would leave one). Expects lowercased input.
 */
@NamedComponent("id_stop")
public class IndonesianStopFilterFactory implements TokenFilterFactory {

    @AnalysisSettings
    public interface Settings {
        @ListSetting(path = "words")
        List<String> words();
    }

    private final CharArraySet stopWords;

    @Inject
    public IndonesianStopFilterFactory(Settings settings) {
        List<String> words = new ArrayList<>();
        for (String word : settings.words() == null ? List.<String>of() : settings.words()) {
            if (!word.isBlank()) {
                words.add(word.trim().toLowerCase(Locale.ROOT));
            }
        }
        this.stopWords = CharArraySet.unmodifiableSet(new CharArraySet(words, false));
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new TokenFilter(tokenStream) {
            private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

            @Override
            public boolean incrementToken() throws IOException {
                while (input.incrementToken()) {
                    if (!stopWords.contains(term.buffer(), 0, term.length())) {
                        return true;
                    }
                }
                return false;
            }
        };
    }
}
