package id.etalase.common;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import static io.restassured.RestAssured.given;

/** One scrape of /q/metrics (the Prometheus text format), read as series: a name, its labels and a value. */
public record Metrics(List<Series> series) {

    public record Series(String name, Map<String, String> labels, double value) {
    }

    private static final Pattern LINE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})? (\\S+)");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\",?");

    public static Metrics scrape() {
        String text = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        return parse(text);
    }

    public static Metrics parse(String text) {
        List<Series> series = new ArrayList<>();
        for (String line : text.split("\n")) {
            Matcher m = LINE.matcher(line);
            if (line.startsWith("#") || !m.find()) {
                continue;
            }
            Map<String, String> labels = new LinkedHashMap<>();
            if (m.group(2) != null) {
                Matcher label = LABEL.matcher(m.group(2));
                while (label.find()) {
                    labels.put(label.group(1), label.group(2));
                }
            }
            series.add(new Series(m.group(1), labels, Double.parseDouble(m.group(3))));
        }
        return new Metrics(series);
    }

    /** The series of this name whose labels include all of {@code labels} (name, value, name, value …). */
    public List<Series> find(String name, String... labels) {
        return series.stream().filter(s -> s.name().equals(name) && has(s, labels)).toList();
    }

    /** The sum of the matching series' values; 0 when there is none. */
    public double sum(String name, String... labels) {
        return find(name, labels).stream().mapToDouble(Series::value).sum();
    }

    private static boolean has(Series series, String... labels) {
        for (int i = 0; i + 1 < labels.length; i += 2) {
            if (!labels[i + 1].equals(series.labels().get(labels[i]))) {
                return false;
            }
        }
        return true;
    }
}
