package id.etalase.web;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Prints a page's XHTML as a PDF with openhtmltopdf. DejaVu Sans (fonts-dejavu-core, in most Linux images; this
 * repository has no container image of its own yet, so install it there) is embedded when present, so the PDF reads
 * the same everywhere; without it openhtmltopdf falls back to the PDF's standard fonts, which hold every letter of
 * Indonesian (Latin script).
 */
final class Pdfs {

    private static final Pattern XML_FORBIDDEN = Pattern.compile(
            "[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x{FFFE}\\x{FFFF}\\p{Cs}]");

    /** The family the PDF templates ask for first. */
    static final String FAMILY = "DejaVu Sans";
    private static final List<Path> FONT_DIRECTORIES = List.of(Path.of("/usr/share/fonts/truetype/dejavu"),
            Path.of("/usr/share/fonts/dejavu"), Path.of("/usr/share/fonts/TTF"));
    private static final Map<String, Integer> WEIGHTS = Map.of("DejaVuSans.ttf", 400, "DejaVuSans-Bold.ttf", 700);

    /** The report's print style (pdf/report.css), put into the document: the PDF fetches nothing. */
    static final String STYLE = resource("pdf/report.css");

    private Pdfs() {
    }

    static byte[] fromXhtml(String xhtml, String baseUri) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            WEIGHTS.forEach((file, weight) -> font(file).ifPresent(path -> builder.useFont(path.toFile(), FAMILY,
                    weight, PdfRendererBuilder.FontStyle.NORMAL, true)));
            // Stored text is refused with control characters (common.PlainText); a row stored before that rule must
            // not make the PDF fail, since XML forbids them.
            builder.withHtmlContent(XML_FORBIDDEN.matcher(xhtml).replaceAll(""), baseUri);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String resource(String name) {
        try (java.io.InputStream in = Pdfs.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static java.util.Optional<Path> font(String file) {
        return FONT_DIRECTORIES.stream().map(dir -> dir.resolve(file)).filter(Files::isReadable).findFirst();
    }
}
