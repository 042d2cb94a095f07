package id.etalase.web;

import id.etalase.i18n.AppMessages;
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

    @Test
    void indonesianAndEnglishHaveTheSameKeysAndEveryMessageHasText() throws IOException {
        Set<String> indonesian = new TreeSet<>(bundle("msg.properties").stringPropertyNames());
        Set<String> english = new TreeSet<>(bundle("msg_en.properties").stringPropertyNames());
        assertEquals(indonesian, english);
        Set<String> methods = Arrays.stream(AppMessages.class.getDeclaredMethods()).map(Method::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(methods, indonesian, "every message method has a text, and no text is unused");
        for (String key : indonesian) {
            assertTrue(!bundle("msg.properties").getProperty(key).isBlank(), key);
        }
    }

    @Test
    void theReportBundleToo() throws IOException {
        Set<String> indonesian = new TreeSet<>(bundle("report.properties").stringPropertyNames());
        assertEquals(indonesian, new TreeSet<>(bundle("report_en.properties").stringPropertyNames()));
        assertEquals(Arrays.stream(id.etalase.i18n.ReportMessages.class.getDeclaredMethods()).map(Method::getName)
                .collect(Collectors.toCollection(TreeSet::new)), indonesian);
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
