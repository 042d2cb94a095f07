package id.etalase.esplugin;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.BooleanSetting;
import org.elasticsearch.plugin.settings.IntSetting;

/** Token filter {@code id_edge_ngram}: emits the leading n-grams of each token, for prefix (search-as-you-type) fields. */
@NamedComponent("id_edge_ngram")
public class EdgeNGramFilterFactory implements TokenFilterFactory {

    @AnalysisSettings
    public interface Settings {
        @IntSetting(path = "min_gram", defaultValue = 2)
        int minGram();

        @IntSetting(path = "max_gram", defaultValue = 15)
        int maxGram();

        @BooleanSetting(path = "preserve_original", defaultValue = false)
        boolean preserveOriginal();
    }

    private final int minGram;
    private final int maxGram;
    private final boolean preserveOriginal;

    @Inject
    public EdgeNGramFilterFactory(Settings settings) {
        this.minGram = settings.minGram();
        this.maxGram = settings.maxGram();
        this.preserveOriginal = settings.preserveOriginal();
        if (minGram < 1) {
            throw new IllegalArgumentException("[id_edge_ngram] min_gram must be at least 1, got " + minGram);
        }
        if (maxGram < minGram) {
            throw new IllegalArgumentException(
                "[id_edge_ngram] max_gram must not be less than min_gram, got min_gram " + minGram + " and max_gram " + maxGram);
        }
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new EdgeNGramTokenFilter(tokenStream, minGram, maxGram, preserveOriginal);
    }
}
