package id.etalase.esplugin;

import java.io.IOException;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Marks protected words as keywords so the stemmer after it skips them. A protected word carrying an
 * inflectional suffix (particle -kah/-lah/-pun, possessive -ku/-mu/-nya, as Lucene's stemmer strips them)
 * is reduced to the bare word first: kemejanya becomes kemeja, not meja.
 */
final class ProtectedWordsFilter extends TokenFilter {

    private final CharArraySet protectedWords;
    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keywordAtt = addAttribute(KeywordAttribute.class);

    ProtectedWordsFilter(TokenStream input, CharArraySet protectedWords) {
        super(input);
        this.protectedWords = protectedWords;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (input.incrementToken() == false) {
            return false;
        }
        if (keywordAtt.isKeyword()) {
            return true;
        }
        char[] buffer = termAtt.buffer();
        int length = termAtt.length();
        if (protectedWords.contains(buffer, 0, length)) {
            keywordAtt.setKeyword(true);
            return true;
        }
        int bare = stripInflection(buffer, length);
        if (bare < length && protectedWords.contains(buffer, 0, bare)) {
            termAtt.setLength(bare);
            keywordAtt.setKeyword(true);
        }
        return true;
    }

    /** The inflectional part of Lucene's IndonesianStemmer: particle, then possessive, while over two syllables. */
    static int stripInflection(char[] text, int length) {
        int syllables = 0;
        for (int i = 0; i < length; i++) {
            if (isVowel(text[i])) {
                syllables++;
            }
        }
        if (syllables > 2 && (endsWith(text, length, "kah") || endsWith(text, length, "lah") || endsWith(text, length, "pun"))) {
            syllables--;
            length -= 3;
        }
        if (syllables > 2) {
            if (endsWith(text, length, "ku") || endsWith(text, length, "mu")) {
                length -= 2;
            } else if (endsWith(text, length, "nya")) {
                length -= 3;
            }
        }
        return length;
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    private static boolean endsWith(char[] text, int length, String suffix) {
        int n = suffix.length();
        if (length < n) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (text[length - n + i] != suffix.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
