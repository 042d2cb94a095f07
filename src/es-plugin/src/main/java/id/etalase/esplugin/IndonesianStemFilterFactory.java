package id.etalase.esplugin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.id.IndonesianStemFilter;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.BooleanSetting;
import org.elasticsearch.plugin.settings.ListSetting;

/**
 * Token filter {@code id_stem}: Lucene's Indonesian stemmer (derivational by default, so minuman becomes minum)
 * that skips the built-in protected words plus those of the {@code protected_words} setting.
 * Expects lowercased input.
 */
@NamedComponent("id_stem")
public class IndonesianStemFilterFactory implements TokenFilterFactory {

    @AnalysisSettings
    public interface Settings {
        @ListSetting(path = "protected_words")
        List<String> protectedWords();

        @BooleanSetting(path = "stem_derivational", defaultValue = true)
        boolean stemDerivational();
    }

    private final CharArraySet protectedWords;
    private final boolean stemDerivational;

    @Inject
    public IndonesianStemFilterFactory(Settings settings) {
        this.protectedWords = protectedSet(settings.protectedWords());
        this.stemDerivational = settings.stemDerivational();
    }

    static CharArraySet protectedSet(List<String> extra) {
        List<String> words = new ArrayList<>(IndonesianProtectedWords.WORDS);
        if (extra != null) {
            for (String word : extra) {
                String trimmed = word.trim().toLowerCase(Locale.ROOT);
                if (trimmed.isEmpty() == false) {
                    words.add(trimmed);
                }
            }
        }
        return CharArraySet.unmodifiableSet(new CharArraySet(words, true));
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new IndonesianStemFilter(new ProtectedWordsFilter(tokenStream, protectedWords), stemDerivational);
    }
}
