package id.etalase.web;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Guards the bundles: both languages say everything, and the templates take all their words from them. */
class MessageBundlesTest {

    static final Path TEMPLATES = Path.of("src/main/resources/templates");

    static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream("messages/" + name)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }

    @ParameterizedTest
    @CsvSource({ "msg, id.etalase.i18n.AppMessages", "adm, id.etalase.i18n.AdminMessages",
            "report, id.etalase.i18n.ReportMessages", "seller, id.etalase.i18n.SellerMessages" })
    void indonesianAndEnglishHaveTheSameKeysAndEveryMessageHasText(String bundle, Class<?> messages)
            throws IOException {
        Set<String> indonesian = new TreeSet<>(bundle(bundle + ".properties").stringPropertyNames());
        Set<String> english = new TreeSet<>(bundle(bundle + "_en.properties").stringPropertyNames());
        assertEquals(indonesian, english);
        Set<String> methods = Arrays.stream(messages.getDeclaredMethods()).map(Method::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(methods, indonesian, "every message method has a text, and no text is unused");
        for (String key : indonesian) {
            assertTrue(!bundle(bundle + ".properties").getProperty(key).isBlank(), key);
        }
        // Quarkus 3.33.2 generates a resolver that fails verification for a bundle of more than 300 messages.
        assertTrue(methods.size() <= 300, bundle + " has " + methods.size() + " messages: start another bundle");
    }

    @Test
    void noCodeIsInTwoBundles() throws IOException {
        List<String> bundles = List.of("msg", "adm", "report", "seller");
        for (String one : bundles) {
            for (String other : bundles) {
                if (!one.equals(other)) {
                    Set<String> shared = new TreeSet<>(bundle(one + ".properties").stringPropertyNames());
                    shared.retainAll(bundle(other + ".properties").stringPropertyNames());
                    assertEquals(Set.of(), shared, one + " and " + other);
                }
            }
        }
    }

    @Test
    void templatesHoldNoHardCodedText() throws IOException {
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                String text = Files.readString(file)
                        .replaceAll("(?s)\\{!.*?!\\}", " ")      // Qute comments
                        .replaceAll("(?s)\\{[^{}]*\\}", " ")      // expressions and section tags
                        .replaceAll("(?s)<[^>]*>", " ")           // HTML tags with their attributes
                        .replaceAll("&[a-z]+;", " ");             // entities
                for (String word : text.split("\\s+")) {
                    if (word.codePoints().anyMatch(Character::isLetter)) {
                        offenders.add(TEMPLATES.relativize(file) + ": " + word);
                    }
                }
            }
        }
        assertEquals(List.of(), offenders);
    }
}
