package id.etalase.i18n;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every error code a service raises names a message of the bundle taking as many arguments. */
class MessageCodesTest {

    /**
     * FieldError.of("field", "code", arg, …) and new ConflictException("code", arg, …) (or NotAllowedException) as
     * written in the sources; arguments end at the call's closing parenthesis (a call chained after it aside).
     */
    private static final Pattern RAISED = Pattern.compile("(?:FieldError\\.of\\(\"\\w*\",\\s*"
            + "|new (?:Conflict|NotAllowed)Exception\\()\"(\\w+)\"([^;]*?)\\)(?:[);]|\\s*\\.showing)");

    @Test
    void everyRaisedCodeIsAMessage() throws IOException {
        List<String> missing = new ArrayList<>();
        int found = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher raised = RAISED.matcher(Files.readString(file));
                while (raised.find()) {
                    found++;
                    String args = raised.group(2).replaceFirst("^\\s*,", "").strip();
                    int count = args.isEmpty() ? 0 : args.split(",").length;
                    if (!Messages.exists(raised.group(1), count)) {
                        missing.add(file.getFileName() + ": " + raised.group(1) + "/" + count);
                    }
                }
            }
        }
        assertTrue(found >= 20, "the pattern still finds the codes raised (" + found + ")");
        assertEquals(List.of(), missing);
    }
}
