package id.etalase.esplugin;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.ParseException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalysisMode;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.BooleanSetting;
import org.elasticsearch.plugin.settings.ListSetting;

/**
 * Token filter {@code id_synonym_graph}: Solr-format synonym rules applied as a token graph, search time only.
 * Rules are parsed with a fixed standard tokenizer + lowercase + ASCII folding analyzer, so this filter belongs
 * right after lowercase and id_ascii_folding (and before id_stem) in a search analyzer.
 */
@NamedComponent("id_synonym_graph")
public class SynonymGraphFilterFactory implements TokenFilterFactory {

    @AnalysisSettings
    public interface Settings {
        @ListSetting(path = "synonyms")
        List<String> synonyms();

        @BooleanSetting(path = "expand", defaultValue = true)
        boolean expand();
    }

    private final SynonymMap synonymMap;

    @Inject
    public SynonymGraphFilterFactory(Settings settings) {
        this.synonymMap = buildMap(settings.synonyms(), settings.expand());
    }

    static SynonymMap buildMap(List<String> rules, boolean expand) {
        if (rules == null || rules.isEmpty()) {
            return null;
        }
        try (Analyzer ruleAnalyzer = new RuleAnalyzer()) {
            SolrSynonymParser parser = new SolrSynonymParser(true, expand, ruleAnalyzer);
            parser.parse(new StringReader(String.join("\n", rules)));
            SynonymMap map = parser.build();
            return map.fst == null ? null : map;
        } catch (ParseException e) {
            throw new IllegalArgumentException("[id_synonym_graph] invalid synonyms: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("[id_synonym_graph] cannot parse synonym rules", e);
        }
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return synonymMap == null ? tokenStream : new SynonymGraphFilter(tokenStream, synonymMap, true);
    }

    @Override
    public AnalysisMode getAnalysisMode() {
        return AnalysisMode.SEARCH_TIME;
    }

    /** Analyzer used only to tokenize the synonym rules themselves. */
    static final class RuleAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new StandardTokenizer();
            TokenStream stream = new ASCIIFoldingFilter(new LowerCaseFilter(tokenizer));
            return new TokenStreamComponents(tokenizer, stream);
        }
    }
}
