package id.etalase;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.AnnotationNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.BasicValue;
import org.objectweb.asm.tree.analysis.Frame;
import org.objectweb.asm.tree.analysis.SimpleVerifier;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * One owner per aggregate (README, "Layout"): a feature writes only its own tables and asks the owner for the rest (a
 * sector merge asks catalog to move products and member to move members). {@link ArchitectureTest} cannot see this,
 * since the coupling goes through SQL, not imports: this reads every SQL and JPQL statement in the main sources (string
 * literals and text blocks) that inserts, updates or deletes, and Panache's {@code Entity.update/delete} calls, and
 * fails naming the class that writes a table another package owns. Writes through an entity or its repository (a
 * field set on a managed entity, persist, delete, Panache's update, the EntityManager's persist/merge/remove) carry no
 * table name in the text, so those are read from the compiled classes, where each call and field names its type.
 */
class OwnedTablesTest {

    /** Each table's owning package (the one whose service is its one writer). */
    static final Map<String, String> OWNERS = Map.ofEntries(
            Map.entry("account", "account"), Map.entry("password_reset", "account"),
            Map.entry("ended_session", "account"), Map.entry("login_throttle", "account"),
            Map.entry("member", "member"),
            Map.entry("product", "catalog"), Map.entry("product_revision", "catalog"), Map.entry("photo", "catalog"),
            Map.entry("featured_product", "catalog"), Map.entry("featured_member", "catalog"),
            // reference holds the entities only; admin's ReferenceAdminService is their one writer.
            Map.entry("province", "admin"), Map.entry("district", "admin"), Map.entry("sector", "admin"),
            Map.entry("sector_redirect", "admin"),
            Map.entry("search_outbox", "search"), Map.entry("search_state", "search"),
            Map.entry("search_miss", "search"), Map.entry("search_miss_daily", "search"),
            Map.entry("search_synonym", "search"),
            Map.entry("enquiry", "enquiry"), Map.entry("product_view", "enquiry"),
            Map.entry("product_daily_count", "enquiry"), Map.entry("client_hash_key", "enquiry"),
            Map.entry("audit_log", "moderation"), Map.entry("product_report", "moderation"),
            Map.entry("community_settings", "settings"),
            Map.entry("import_upload", "admin"));

    private static final Path SOURCES = Path.of("src/main/java/id/etalase");
    private static final Path CLASSES = Path.of("target/classes/id/etalase");
    /** What changes rows through Panache, on an entity (instance or static) or on a repository. */
    private static final Set<String> PANACHE_WRITES = Set.of("persist", "persistAndFlush", "delete", "deleteAll",
            "deleteById", "update");
    private static final Set<String> ENTITY_MANAGER_WRITES = Set.of("persist", "merge", "remove");
    private static final Set<String> ENTITY_MANAGERS = Set.of("jakarta/persistence/EntityManager",
            "org/hibernate/Session");
    private static final Pattern LITERAL = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"",
            Pattern.DOTALL);
    private static final Pattern STATEMENT = Pattern.compile(
            "\\b(?:insert\\s+(?:ignore\\s+)?into|replace\\s+into|update|delete\\s+from)\\s+`?(\\w+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PANACHE = Pattern.compile("\\b([A-Z]\\w*)\\.(?:update|delete|deleteAll)\\(");

    @Test
    void everyTableHasAnOwner() throws IOException {
        List<String> tables = new ArrayList<>();
        try (Stream<Path> migrations = Files.list(Path.of("src/main/resources/db/migration"))) {
            for (Path migration : migrations.sorted().toList()) {
                Matcher created = Pattern.compile("(?i)create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?`?(\\w+)")
                        .matcher(Files.readString(migration));
                while (created.find()) {
                    tables.add(created.group(1).toLowerCase(Locale.ROOT));
                }
            }
        }
        assertEquals(List.of(), tables.stream().filter(t -> !OWNERS.containsKey(t)).distinct().sorted().toList(),
                "give each new table its owning package here");
    }

    @Test
    void noFeatureWritesAnotherFeaturesTables() throws IOException {
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String own = SOURCES.relativize(file).getName(0).toString();
                String name = SOURCES.relativize(file).toString().replace('\\', '/');
                String source = Files.readString(file);
                List<String> written = new ArrayList<>();
                Matcher literal = LITERAL.matcher(source);
                while (literal.find()) {
                    String text = literal.group(1) != null ? literal.group(1) : literal.group(2);
                    Matcher statement = STATEMENT.matcher(text);
                    while (statement.find()) {
                        written.add(table(statement.group(1)));
                    }
                }
                Matcher panache = PANACHE.matcher(source);
                while (panache.find()) {
                    written.add(table(panache.group(1)));
                }
                written.stream().filter(OWNERS::containsKey).filter(t -> !OWNERS.get(t).equals(own))
                        .map(t -> name + " writes " + t).forEach(violations::add);
            }
        }
        assertEquals(List.of(), violations.stream().distinct().toList(),
                "ask the owning package's service instead (one owner per aggregate)");
    }

    /**
     * Hibernate writes what a managed entity's fields say, so setting one is an update of its table; persist and
     * delete (Panache's, a repository's or the EntityManager's) are inserts and deletes. Each counts for the package
     * that owns the entity's table, as a SQL statement does.
     */
    @Test
    void noFeatureWritesAnotherFeaturesEntities() throws IOException, AnalyzerException {
        List<ClassNode> classes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(CLASSES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    ClassNode node = new ClassNode();
                    new ClassReader(in).accept(node, ClassReader.SKIP_FRAMES);
                    classes.add(node);
                }
            }
        }
        Map<String, String> entityTables = new HashMap<>();
        for (ClassNode node : classes) {
            if (annotated(node, "Ljakarta/persistence/Entity;")) {
                entityTables.put(node.name, tableOf(node));
            }
        }
        Map<String, String> repositoryTables = new HashMap<>();
        for (ClassNode node : classes) {
            if (node.signature != null && node.signature.contains("Lio/quarkus/hibernate/orm/panache/PanacheRepository")) {
                Matcher entity = Pattern.compile("PanacheRepository(?:Base)?<L([\\w/$]+);").matcher(node.signature);
                if (entity.find() && entityTables.containsKey(entity.group(1))) {
                    repositoryTables.put(node.name, entityTables.get(entity.group(1)));
                }
            }
        }
        // An entity's own methods that set its fields write its table as a field set from outside does.
        Set<String> mutators = new HashSet<>();
        for (ClassNode node : classes) {
            if (entityTables.containsKey(node.name)) {
                for (MethodNode method : node.methods) {
                    for (AbstractInsnNode insn : method.instructions) {
                        if (insn.getOpcode() == Opcodes.PUTFIELD && !method.name.equals("<init>")) {
                            mutators.add(node.name + "." + method.name + method.desc);
                        }
                    }
                }
            }
        }
        List<String> violations = new ArrayList<>();
        for (ClassNode node : classes) {
            String own = node.name.split("/")[2];
            String name = node.name.substring("id/etalase/".length()).replaceAll("\\$.*", "") + ".java";
            for (MethodNode method : node.methods) {
                Frame<BasicValue>[] frames = null;
                for (int i = 0; i < method.instructions.size(); i++) {
                    AbstractInsnNode insn = method.instructions.get(i);
                    String table = null;
                    if (insn instanceof FieldInsnNode field && insn.getOpcode() == Opcodes.PUTFIELD) {
                        table = entityTables.get(field.owner);
                    } else if (insn instanceof MethodInsnNode call) {
                        if (PANACHE_WRITES.contains(call.name) || mutators.contains(call.owner + "." + call.name
                                + call.desc)) {
                            table = entityTables.getOrDefault(call.owner,
                                    PANACHE_WRITES.contains(call.name) ? repositoryTables.get(call.owner) : null);
                        } else if (ENTITY_MANAGERS.contains(call.owner) && ENTITY_MANAGER_WRITES.contains(call.name)) {
                            if (frames == null) {
                                frames = new Analyzer<>(verifier()).analyze(node.name, method);
                            }
                            Frame<BasicValue> before = frames[i];
                            Type argument = before == null ? null : before.getStack(before.getStackSize() - 1).getType();
                            table = argument == null ? null : entityTables.get(argument.getInternalName());
                        }
                    }
                    if (table != null && OWNERS.containsKey(table) && !OWNERS.get(table).equals(own)) {
                        String violation = name + " writes " + table + " through an entity or repository";
                        if (!violations.contains(violation)) {
                            violations.add(violation);
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), violations, "ask the owning package's service instead (one owner per aggregate)");
    }

    /** Knows the application's classes, so that the type of an EntityManager call's argument is the entity's. */
    private static SimpleVerifier verifier() {
        SimpleVerifier verifier = new SimpleVerifier();
        verifier.setClassLoader(OwnedTablesTest.class.getClassLoader());
        return verifier;
    }

    private static boolean annotated(ClassNode node, String descriptor) {
        return node.visibleAnnotations != null
                && node.visibleAnnotations.stream().anyMatch(a -> a.desc.equals(descriptor));
    }

    /** The entity's {@code @Table} name, else its class name as a table's. */
    private static String tableOf(ClassNode node) {
        for (AnnotationNode annotation : node.visibleAnnotations) {
            if (annotation.desc.equals("Ljakarta/persistence/Table;") && annotation.values != null) {
                for (int i = 0; i < annotation.values.size(); i += 2) {
                    if (annotation.values.get(i).equals("name")) {
                        return ((String) annotation.values.get(i + 1)).toLowerCase(Locale.ROOT);
                    }
                }
            }
        }
        return table(node.name.substring(node.name.lastIndexOf('/') + 1));
    }

    /** Search hears of every product change from ProductWrites alone: a second place that fires it is one to forget. */
    @Test
    void productChangedIsFiredInOnePlace() throws IOException {
        List<String> firing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                if (Files.readString(file).contains("new ProductChanged(")) {
                    firing.add(SOURCES.relativize(file).toString().replace('\\', '/'));
                }
            }
        }
        assertEquals(List.of("catalog/ProductWrites.java"), firing);
    }

    /** A table's name, or an entity's (ProductRevision) as its table's (product_revision). */
    private static String table(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
