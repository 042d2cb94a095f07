package id.etalase;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Dependencies run one way (see README, "Layout"): a package names only packages on lower floors, or itself. Read
 * from every reference to {@code id.etalase.<package>} in the main sources, imports and fully qualified names alike.
 */
class ArchitectureTest {

    /** The floors; demo (a dev and test tool) may use anything and nothing may use it. */
    static final Map<String, Integer> FLOORS = Map.ofEntries(
            Map.entry("common", 0), Map.entry("i18n", 0),
            Map.entry("reference", 1), Map.entry("settings", 1), Map.entry("account", 1),
            Map.entry("member", 2),
            Map.entry("catalog", 3),
            Map.entry("search", 4), Map.entry("enquiry", 4), Map.entry("moderation", 4),
            Map.entry("promotion", 5),
            Map.entry("admin", 6),
            Map.entry("web", 7), Map.entry("api", 7),
            Map.entry("demo", Integer.MAX_VALUE));

    private static final Path SOURCES = Path.of("src/main/java/id/etalase");
    private static final Pattern REFERENCE = Pattern.compile("\\bid\\.etalase\\.(\\w+)\\.");

    @Test
    void everyPackageHasAFloor() throws IOException {
        try (Stream<Path> packages = Files.list(SOURCES)) {
            List<String> unknown = packages.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(p -> !FLOORS.containsKey(p)).sorted().toList();
            assertEquals(List.of(), unknown, "give each new package a floor here and in the README");
        }
    }

    @Test
    void noPackageReachesUpOrSideways() throws IOException {
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String own = SOURCES.relativize(file).getName(0).toString();
                Matcher used = REFERENCE.matcher(Files.readString(file));
                while (used.find()) {
                    String other = used.group(1);
                    if (!other.equals(own) && !allowed(own, other)) {
                        violations.add(SOURCES.relativize(file) + " uses " + other);
                    }
                }
            }
        }
        assertEquals(List.of(), violations.stream().distinct().toList());
    }

    private static boolean allowed(String from, String to) {
        if (to.equals("demo")) {
            return false;
        }
        int fromFloor = FLOORS.getOrDefault(from, -1);
        int toFloor = FLOORS.getOrDefault(to, Integer.MAX_VALUE);
        return toFloor < fromFloor;
    }
}
