package id.etalase.web;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The application's route table as its JAX-RS resources declare it (every class under id.etalase with @Path and
 * its methods), so that a test over "every route of a kind" cannot miss a new one.
 */
public final class Routes {

    private static final Map<Class<? extends Annotation>, String> METHODS = Map.of(GET.class, "GET", POST.class,
            "POST", PUT.class, "PUT", DELETE.class, "DELETE", PATCH.class, "PATCH");

    /** One resource method: its HTTP method, its path template, and where it is declared. */
    public record Route(String method, String template, String declaredBy) {

        /** The template with each parameter ({id}, {id:\d+}) replaced by 1. */
        public String sample() {
            StringBuilder path = new StringBuilder();
            int depth = 0;
            for (char c : template.toCharArray()) {
                if (c == '{') {
                    if (depth++ == 0) {
                        path.append('1');
                    }
                } else if (c == '}') {
                    depth--;
                } else if (depth == 0) {
                    path.append(c);
                }
            }
            return path.toString();
        }

        public boolean isWrite() {
            return !method.equals("GET");
        }

        public boolean under(String prefix) {
            String path = sample();
            return path.equals(prefix) || path.startsWith(prefix.endsWith("/") ? prefix : prefix + "/");
        }

        @Override
        public String toString() {
            return method + " " + template + " (" + declaredBy + ")";
        }
    }

    private Routes() {
    }

    public static List<Route> all() {
        List<Route> routes = new ArrayList<>();
        java.nio.file.Path classes = Paths.get("target/classes");
        try (Stream<java.nio.file.Path> files = Files.walk(classes.resolve("id/etalase"))) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceFirst("\\.class$", "");
                Class<?> type;
                try {
                    type = Class.forName(name, false, Routes.class.getClassLoader());
                } catch (ClassNotFoundException | LinkageError e) {
                    continue;
                }
                Path root = type.getAnnotation(Path.class);
                if (root == null) {
                    continue;
                }
                for (Method method : type.getDeclaredMethods()) {
                    METHODS.forEach((annotation, verb) -> {
                        if (method.isAnnotationPresent(annotation)) {
                            Path sub = method.getAnnotation(Path.class);
                            routes.add(new Route(verb, join(root.value(), sub == null ? "" : sub.value()),
                                    type.getSimpleName() + "." + method.getName()));
                        }
                    });
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        routes.sort(Comparator.comparing(Route::template).thenComparing(Route::method));
        return routes;
    }

    private static String join(String root, String sub) {
        String path = ("/" + root + "/" + sub).replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
