package id.etalase.esplugin;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.BooleanSetting;

/**
 * Token filter {@code id_ascii_folding}: folds accented letters to ASCII (é to e). Its normalize() serves
 * multi-term queries (prefix, wildcard, fuzzy) on text fields; Elasticsearch does not accept stable-plugin
 * filters in custom normalizers.
 */
@NamedComponent("id_ascii_folding")
public class AsciiFoldingFilterFactory implements TokenFilterFactory {

    @AnalysisSettings
    public interface Settings {
        @BooleanSetting(path = "preserve_original", defaultValue = false)
        boolean preserveOriginal();
    }

    private final boolean preserveOriginal;

    @Inject
    public AsciiFoldingFilterFactory(Settings settings) {
        this.preserveOriginal = settings.preserveOriginal();
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new ASCIIFoldingFilter(tokenStream, preserveOriginal);
    }

    @Override
    public TokenStream normalize(TokenStream tokenStream) {
        return new ASCIIFoldingFilter(tokenStream, false);
    }
}
