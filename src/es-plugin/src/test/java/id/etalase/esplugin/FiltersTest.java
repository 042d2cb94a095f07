package id.etalase.esplugin;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.id.IndonesianStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.elasticsearch.plugin.analysis.AnalysisMode;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs the filters through a standard tokenizer + lowercase chain, as the index analyzers do. */
class FiltersTest {

    private static List<String> analyze(String text, UnaryOperator<TokenStream> filters) throws IOException {
        Analyzer analyzer = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new StandardTokenizer();
                return new TokenStreamComponents(tokenizer, filters.apply(new LowerCaseFilter(tokenizer)));
            }
        };
        List<String> terms = new ArrayList<>();
        try (analyzer; TokenStream stream = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        }
        return terms;
    }

    private static IndonesianStemFilterFactory stem(List<String> extra) {
        return new IndonesianStemFilterFactory(new IndonesianStemFilterFactory.Settings() {
            @Override
            public List<String> protectedWords() {
                return extra;
            }

            @Override
            public boolean stemDerivational() {
                return true;
            }
        });
    }

    @Test
    void stemKeepsProtectedWordsAndStemsTheRest() throws IOException {
        IndonesianStemFilterFactory factory = stem(List.of());
        assertEquals(List.of("kemeja", "batik", "minum", "makan", "keripik", "gulai", "kepala"),
            analyze("Kemeja Batik Minuman Makanan Keripik Gulai Kepala", factory::create));
        assertEquals(List.of("kemeja", "keripik", "pempek", "baju"),
            analyze("kemejanya keripiknya pempekmu bajunya", factory::create));
    }

    @Test
    void stemTakesExtraProtectedWords() throws IOException {
        assertEquals(List.of("meja"), analyze("kemeja", IndonesianStemFilter::new));
        assertEquals(List.of("kentang"), analyze("kentang", stem(List.of())::create));
        assertEquals(List.of("tanam"), analyze("tanaman", stem(List.of())::create));
        assertEquals(List.of("tanaman"), analyze("tanaman", stem(List.of(" Tanaman "))::create));
    }

    @Test
    void asciiFoldingFolds() throws IOException {
        AsciiFoldingFilterFactory factory = new AsciiFoldingFilterFactory(() -> false);
        assertEquals(List.of("cafe", "creme"), analyze("Café crème", factory::create));
        assertEquals(List.of("cafe"), analyze("café", factory::normalize));
    }

    @Test
    void edgeNGramEmitsPrefixes() throws IOException {
        EdgeNGramFilterFactory factory = new EdgeNGramFilterFactory(settings(2, 4));
        assertEquals(List.of("ko", "kop", "kopi"), analyze("Kopi", factory::create));
        assertThrows(IllegalArgumentException.class, () -> new EdgeNGramFilterFactory(settings(3, 2)));
    }

    private static EdgeNGramFilterFactory.Settings settings(int min, int max) {
        return new EdgeNGramFilterFactory.Settings() {
            @Override
            public int minGram() {
                return min;
            }

            @Override
            public int maxGram() {
                return max;
            }

            @Override
            public boolean preserveOriginal() {
                return false;
            }
        };
    }

    private static SynonymGraphFilterFactory synonyms(List<String> rules) {
        return new SynonymGraphFilterFactory(new SynonymGraphFilterFactory.Settings() {
            @Override
            public List<String> synonyms() {
                return rules;
            }

            @Override
            public boolean expand() {
                return true;
            }
        });
    }

    @Test
    void synonymGraphExpandsSingleAndMultiWordRules() throws IOException {
        SynonymGraphFilterFactory factory = synonyms(List.of("kripik, keripik", "Cemilan, camilan, makanan ringan"));
        assertEquals(AnalysisMode.SEARCH_TIME, factory.getAnalysisMode());
        List<String> kripik = analyze("kripik pisang", factory::create);
        assertTrue(kripik.containsAll(List.of("kripik", "keripik", "pisang")), kripik.toString());
        List<String> ringan = analyze("makanan ringan", factory::create);
        assertTrue(ringan.containsAll(List.of("cemilan", "camilan", "makanan", "ringan")), ringan.toString());
        assertEquals(List.of("kopi"), analyze("kopi", synonyms(List.of())::create));
        assertThrows(IllegalArgumentException.class, () -> synonyms(List.of("a => ")));
    }

    private static SpellingVariantsFilterFactory spelling(boolean allForms) {
        return new SpellingVariantsFilterFactory(new SpellingVariantsFilterFactory.Settings() {
            @Override
            public List<String> variants() {
                return List.of("keripik, kripik", "sambal, sambel");
            }

            @Override
            public boolean allForms() {
                return allForms;
            }
        });
    }

    @Test
    void spellingVariantsBecomeTheOneKeptFormOrAllForms() throws IOException {
        SpellingVariantsFilterFactory kept = spelling(false);
        assertEquals(List.of("keripik", "sambal", "roa"), analyze("Kripik Sambel Roa", kept::create));
        assertEquals(List.of("keripik", "sambal", "roa"), analyze("keripik sambal roa", kept::create));
        assertEquals(List.of("keripik", "kripik", "pisang"), analyze("kripik pisang", spelling(true)::create));
        assertEquals(List.of("keripik", "kripik", "pisang"), analyze("keripik pisang", spelling(true)::create));
    }

    @Test
    void stopWordsOfTheSettingAreDropped() throws IOException {
        IndonesianStopFilterFactory stop = new IndonesianStopFilterFactory(() -> List.of("dan", "Untuk"));
        assertEquals(List.of("keripik", "pisang", "oleh", "oleh"), analyze("keripik dan pisang untuk oleh-oleh",
                stop::create));
    }
}
