package id.etalase;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Checks every object {@code kubectl kustomize k8s/} renders (where kubectl is missing: the plain files, read the
 * way kustomize would for what these checks need) against the app it deploys: probes on the health paths the app
 * serves, on the port the image exposes; the same image in the app and the Elasticsearch init container; the
 * plugin's Elasticsearch version; resources and a locked-down security context on every container; no secret
 * values; every ConfigMap key a setting the app reads; selectors, ports and references that meet.
 */
class KubernetesManifestsTest {

    private static final Path K8S = Path.of("k8s");
    private static final String NAMESPACE = "etalase";
    private static final String APP = "etalase";
    private static final String SECRET = "etalase-secrets";
    private static final Set<String> CLUSTER_SCOPED = Set.of("Namespace", "ClusterRole", "ClusterRoleBinding",
            "StorageClass", "PersistentVolume", "IngressClass", "CustomResourceDefinition");
    private static final Pattern SECRET_LIKE = Pattern.compile("PASSWORD|SECRET|SALT|TOKEN|_KEY$|^KEY$");
    private static final Pattern PLUGIN_ZIP = Pattern.compile("etalase-analysis-([0-9][^/\\s]*)\\.zip");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void everyObjectHasItsNamesAndTheNamespace() throws IOException {
        List<String> problems = new ArrayList<>();
        List<JsonNode> objects = render();
        for (JsonNode object : objects) {
            for (String field : List.of("apiVersion", "kind")) {
                if (object.path(field).asText().isBlank()) {
                    problems.add(describe(object) + ": no " + field);
                }
            }
            if (object.path("metadata").path("name").asText().isBlank()) {
                problems.add(describe(object) + ": no metadata.name");
            }
            String namespace = object.path("metadata").path("namespace").asText();
            if (!CLUSTER_SCOPED.contains(kind(object)) && !NAMESPACE.equals(namespace)) {
                problems.add(describe(object) + ": namespace '" + namespace + "', not " + NAMESPACE);
            }
        }
        if (find(objects, "Namespace", NAMESPACE) == null) {
            problems.add("no Namespace " + NAMESPACE);
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theAppDeploymentRollsSafelyAndIsProbedWhereTheAppAnswers() throws IOException {
        List<String> problems = new ArrayList<>();
        JsonNode deployment = find(render(), "Deployment", APP);
        assertTrue(deployment != null, "no Deployment " + APP);
        JsonNode spec = deployment.path("spec");
        if (spec.path("replicas").asInt(0) < 2) {
            problems.add("fewer than 2 replicas");
        }
        if (!"RollingUpdate".equals(spec.path("strategy").path("type").asText("RollingUpdate"))) {
            problems.add("strategy is not RollingUpdate");
        }
        if (!"0".equals(spec.path("strategy").path("rollingUpdate").path("maxUnavailable").asText())) {
            problems.add("a rolling update may take a replica away before its successor is ready (maxUnavailable)");
        }
        JsonNode pod = spec.path("template").path("spec");
        JsonNode container = container(pod, APP);
        assertTrue(container != null, "no container " + APP + " in the Deployment");

        // The health paths quarkus-smallrye-health serves, unless the app moves them.
        Properties app = applicationProperties();
        for (String moved : List.of("quarkus.smallrye-health.root-path", "quarkus.http.non-application-root-path",
                "quarkus.smallrye-health.liveness-path", "quarkus.smallrye-health.readiness-path",
                "quarkus.smallrye-health.startup-path", "quarkus.management.enabled")) {
            if (app.containsKey(moved)) {
                problems.add("application.properties sets " + moved + ": the probes' paths or port change");
            }
        }
        Map<String, String> paths = Map.of("startupProbe", "/q/health/started", "readinessProbe", "/q/health/ready",
                "livenessProbe", "/q/health/live");
        int imagePort = Integer.parseInt(app.getProperty("quarkus.jib.ports", "8080"));
        Matcher httpPort = Pattern.compile("\\$\\{PORT:(\\d+)}").matcher(app.getProperty("quarkus.http.port", ""));
        int appPort = httpPort.matches() ? Integer.parseInt(httpPort.group(1)) : 8080;
        for (Map.Entry<String, String> probe : paths.entrySet()) {
            JsonNode get = container.path(probe.getKey()).path("httpGet");
            if (!probe.getValue().equals(get.path("path").asText())) {
                problems.add(probe.getKey() + " asks '" + get.path("path").asText() + "', the app answers "
                        + probe.getValue());
            }
            Integer port = containerPort(container, get.path("port"));
            if (port == null) {
                problems.add(probe.getKey() + " port " + get.path("port") + " is not a port of the container");
            } else if (port != imagePort || port != appPort) {
                problems.add(probe.getKey() + " goes to port " + port + "; the app listens on " + appPort
                        + " and the image exposes " + imagePort);
            }
        }
        JsonNode security = container.path("securityContext");
        if (!security.path("readOnlyRootFilesystem").asBoolean(false)) {
            problems.add("the app's root filesystem is writable (readOnlyRootFilesystem)");
        }
        if (!runsAsNonRoot(pod, container)) {
            problems.add("the app may run as root (runAsNonRoot)");
        }
        String user = app.getProperty("quarkus.jib.user");
        String podUser = pod.path("securityContext").path("runAsUser").asText();
        if (user != null && !podUser.isEmpty() && !podUser.equals(user)) {
            problems.add("the pod runs as uid " + podUser + ", the image's user is " + user);
        }
        if (!emptyDirAt(pod, container, "/tmp")) {
            problems.add("/tmp (java.io.tmpdir: uploads) is not an emptyDir volume");
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theImageRunsAsANumericUserThatIsNotRootWithTheHeapFromTheContainerLimit() throws IOException {
        Properties app = applicationProperties();
        String user = app.getProperty("quarkus.jib.user", "");
        assertTrue(user.matches("[1-9][0-9]*"), "quarkus.jib.user is a numeric uid other than 0: '" + user + "'");
        String jvm = app.getProperty("quarkus.jib.jvm-additional-arguments", "");
        assertTrue(jvm.contains("-XX:MaxRAMPercentage="), "the heap follows the container's memory limit: " + jvm);
        assertFalse(jvm.contains("-Xmx"), "no fixed heap: " + jvm);
        assertTrue(jvm.contains("-Djava.io.tmpdir=/tmp"), "temporary files in /tmp, the emptyDir: " + jvm);
    }

    @Test
    void everyContainerHasResourcesAndALockedDownSecurityContext() throws IOException {
        List<String> problems = new ArrayList<>();
        for (JsonNode object : render()) {
            for (Map.Entry<String, JsonNode> container : containers(object).entrySet()) {
                String where = describe(object) + " container " + container.getKey();
                JsonNode resources = container.getValue().path("resources");
                for (String kind : List.of("requests", "limits")) {
                    for (String resource : List.of("cpu", "memory")) {
                        if (resources.path(kind).path(resource).asText().isBlank()) {
                            problems.add(where + ": no " + kind + "." + resource);
                        }
                    }
                }
                JsonNode security = container.getValue().path("securityContext");
                if (security.path("allowPrivilegeEscalation").asBoolean(true)) {
                    problems.add(where + ": allowPrivilegeEscalation is not false");
                }
                if (!textValues(security.path("capabilities").path("drop")).contains("ALL")) {
                    problems.add(where + ": capabilities do not drop ALL");
                }
                if (security.path("privileged").asBoolean(false)) {
                    problems.add(where + ": privileged");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theElasticsearchNodesInstallThePluginFromTheAppsImageForTheirVersion() throws IOException {
        List<String> problems = new ArrayList<>();
        List<JsonNode> objects = render();
        JsonNode deployment = find(objects, "Deployment", APP);
        String appImage = container(deployment.path("spec").path("template").path("spec"), APP).path("image").asText();
        if (!appImage.matches(".+:[^/:]+") && !appImage.contains("@sha256:")) {
            problems.add("the app image '" + appImage + "' has no tag");
        }
        List<JsonNode> clusters = objects.stream().filter(o -> "Elasticsearch".equals(kind(o))).toList();
        assertEquals(1, clusters.size(), "one Elasticsearch resource");
        JsonNode cluster = clusters.get(0);
        assertEquals("elasticsearch.k8s.elastic.co/v1", cluster.path("apiVersion").asText());
        String version = cluster.path("spec").path("version").asText();
        String pluginVersion = pluginVersion();
        if (!version.equals(pluginVersion)) {
            problems.add("the cluster runs Elasticsearch " + version + ", the plugin is built for " + pluginVersion);
        }
        int nodes = 0;
        for (JsonNode nodeSet : cluster.path("spec").path("nodeSets")) {
            nodes += nodeSet.path("count").asInt(0);
            String where = "node set " + nodeSet.path("name").asText();
            JsonNode initContainers = nodeSet.path("podTemplate").path("spec").path("initContainers");
            JsonNode copy = null;
            JsonNode install = null;
            for (JsonNode init : initContainers) {
                String command = String.join(" ", textValues(init.path("command")));
                if (command.contains("elasticsearch-plugin install")) {
                    install = init;
                } else if (PLUGIN_ZIP.matcher(command).find()) {
                    copy = init;
                }
            }
            if (copy == null || install == null) {
                problems.add(where + ": no init containers that copy the plugin zip and install it");
                continue;
            }
            if (!appImage.equals(copy.path("image").asText())) {
                problems.add(where + ": the plugin is copied from image '" + copy.path("image").asText()
                        + "', the app runs '" + appImage + "'");
            }
            if (!install.path("image").isMissingNode() && !install.path("image").asText().contains("elasticsearch")) {
                problems.add(where + ": the plugin is installed with image " + install.path("image").asText());
            }
            for (JsonNode init : List.of(copy, install)) {
                Matcher zip = PLUGIN_ZIP.matcher(String.join(" ", textValues(init.path("command"))));
                if (!zip.find() || !zip.group(1).equals(version)) {
                    problems.add(where + ": init container " + init.path("name").asText()
                            + " does not handle etalase-analysis-" + version + ".zip");
                }
            }
            Set<String> copyMounts = mountedVolumes(copy);
            copyMounts.retainAll(mountedVolumes(install));
            if (copyMounts.isEmpty()) {
                problems.add(where + ": the copy and install init containers share no volume");
            }
        }
        if (nodes < 3) {
            problems.add("the cluster has " + nodes + " nodes, not 3");
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theAppReachesElasticsearchTheWayTheClusterServes() throws IOException {
        List<JsonNode> objects = render();
        JsonNode cluster = objects.stream().filter(o -> "Elasticsearch".equals(kind(o))).findFirst().orElseThrow();
        JsonNode config = configMap(objects);
        String name = cluster.path("metadata").path("name").asText();
        boolean tlsOff = cluster.path("spec").path("http").path("tls").path("selfSignedCertificate")
                .path("disabled").asBoolean(false);
        assertEquals(name + "-es-http:9200", config.path("data").path("ES_HOSTS").asText(), "ES_HOSTS");
        assertEquals(tlsOff ? "http" : "https", config.path("data").path("ES_PROTOCOL").asText("http"), "ES_PROTOCOL");
        JsonNode container = container(find(objects, "Deployment", APP).path("spec").path("template").path("spec"), APP);
        JsonNode password = env(container, "ES_PASSWORD").path("valueFrom").path("secretKeyRef");
        assertEquals(name + "-es-elastic-user", password.path("name").asText(), "ES_PASSWORD from ECK's secret");
        assertEquals("elastic", password.path("key").asText());
        assertEquals("elastic", config.path("data").path("ES_USERNAME").asText(), "ES_USERNAME");
    }

    @Test
    void noSecretValuesAreCommitted() throws IOException {
        List<String> problems = new ArrayList<>();
        List<JsonNode> objects = render();
        Set<String> exampleKeys = envFileKeys(K8S.resolve("secret.example.env"));
        for (JsonNode object : objects) {
            if ("Secret".equals(kind(object))) {
                problems.add(describe(object) + ": a Secret in the manifests (make it from secret.env, never commit one)");
            }
            if ("ConfigMap".equals(kind(object))) {
                object.path("data").fieldNames().forEachRemaining(key -> {
                    if (SECRET_LIKE.matcher(key).find()) {
                        problems.add(describe(object) + ": secret-like key " + key + " in a ConfigMap");
                    }
                });
            }
            for (Map.Entry<String, JsonNode> container : containers(object).entrySet()) {
                for (JsonNode variable : container.getValue().path("env")) {
                    String key = variable.path("name").asText();
                    JsonNode secretRef = variable.path("valueFrom").path("secretKeyRef");
                    if (SECRET_LIKE.matcher(key).find() && secretRef.isMissingNode()) {
                        problems.add(describe(object) + " container " + container.getKey() + ": " + key
                                + " not from a Secret");
                    }
                    if (SECRET.equals(secretRef.path("name").asText())
                            && !exampleKeys.contains(secretRef.path("key").asText())) {
                        problems.add(describe(object) + ": key " + secretRef.path("key").asText() + " of " + SECRET
                                + " is missing from secret.example.env");
                    }
                }
            }
        }
        for (Map.Entry<String, String> example : envFile(K8S.resolve("secret.example.env")).entrySet()) {
            if (!example.getValue().isEmpty()) {
                problems.add("secret.example.env: " + example.getKey() + " has a value; an example value gets copied");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyConfigMapKeyIsASettingTheAppReads() throws IOException {
        String properties = Files.readString(Path.of("src/main/resources/application.properties"));
        Set<String> documented = new HashSet<>();
        Matcher row = Pattern.compile("(?m)^\\| `([A-Z0-9_]+)`(?: / `([A-Z0-9_]+)`)?").matcher(
                Files.readString(Path.of("README.md")));
        while (row.find()) {
            documented.add(row.group(1));
            if (row.group(2) != null) {
                documented.add(row.group(2));
            }
        }
        List<String> unknown = new ArrayList<>();
        configMap(render()).path("data").fieldNames().forEachRemaining(key -> {
            if (!properties.contains("${" + key + ":") && !properties.contains("${" + key + "}")
                    && !documented.contains(key)) {
                unknown.add(key);
            }
        });
        assertEquals(List.of(), unknown, "ConfigMap keys the app does not read (application.properties, README table)");
    }

    @Test
    void selectorsPortsAndReferencesMeet() throws IOException {
        List<String> problems = new ArrayList<>();
        List<JsonNode> objects = render();
        for (JsonNode object : objects) {
            JsonNode spec = object.path("spec");
            switch (kind(object)) {
                case "HorizontalPodAutoscaler" -> {
                    JsonNode target = spec.path("scaleTargetRef");
                    if (find(objects, target.path("kind").asText(), target.path("name").asText()) == null) {
                        problems.add(describe(object) + ": scales a missing " + target);
                    }
                    if (spec.path("minReplicas").asInt(1) < 2) {
                        problems.add(describe(object) + ": minReplicas below 2");
                    }
                }
                case "PodDisruptionBudget" -> {
                    if (podsSelectedBy(objects, spec.path("selector").path("matchLabels")).isEmpty()) {
                        problems.add(describe(object) + ": its selector matches no pods");
                    }
                }
                case "Service" -> {
                    List<JsonNode> pods = podsSelectedBy(objects, spec.path("selector"));
                    if (pods.isEmpty()) {
                        problems.add(describe(object) + ": its selector matches no pods");
                    }
                    for (JsonNode port : spec.path("ports")) {
                        JsonNode target = port.has("targetPort") ? port.path("targetPort") : port.path("port");
                        for (JsonNode pod : pods) {
                            if (pod.path("containers").findValues("ports").stream()
                                    .noneMatch(ports -> matchesPort(ports, target))) {
                                problems.add(describe(object) + ": target port " + target + " is no container's port");
                            }
                        }
                    }
                }
                case "Ingress" -> {
                    for (JsonNode backend : spec.findValues("service")) {
                        JsonNode service = find(objects, "Service", backend.path("name").asText());
                        JsonNode port = backend.path("port");
                        if (service == null) {
                            problems.add(describe(object) + ": backend Service " + backend.path("name") + " is missing");
                        } else if (!hasServicePort(service, port)) {
                            problems.add(describe(object) + ": backend port " + port + " is not a port of the Service");
                        }
                    }
                }
                case "StatefulSet" -> {
                    JsonNode service = find(objects, "Service", spec.path("serviceName").asText());
                    if (service == null || !"None".equals(service.path("spec").path("clusterIP").asText())) {
                        problems.add(describe(object) + ": no headless Service " + spec.path("serviceName"));
                    }
                    if (spec.path("volumeClaimTemplates").isEmpty()) {
                        problems.add(describe(object) + ": no volumeClaimTemplates");
                    }
                }
                default -> { }
            }
            for (Map.Entry<String, JsonNode> container : containers(object).entrySet()) {
                for (JsonNode from : container.getValue().path("envFrom")) {
                    String name = from.path("configMapRef").path("name").asText();
                    if (!name.isEmpty() && find(objects, "ConfigMap", name) == null) {
                        problems.add(describe(object) + ": envFrom names a missing ConfigMap " + name);
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theIngressServesThePublicUrlAndTheAppTrustsOnlyItsProxies() throws IOException {
        List<JsonNode> objects = render();
        JsonNode data = configMap(objects).path("data");
        String publicUrl = data.path("PUBLIC_URL").asText();
        assertTrue(publicUrl.startsWith("https://"), "PUBLIC_URL is https (production refuses anything else): " + publicUrl);
        String host = URI.create(publicUrl).getHost();
        JsonNode ingress = objects.stream().filter(o -> "Ingress".equals(kind(o))).findFirst().orElseThrow();
        assertEquals(List.of(host), ingress.path("spec").path("rules").findValuesAsText("host"),
                "the Ingress answers for PUBLIC_URL's host");
        assertTrue(textValues(ingress.path("spec").path("tls").path(0).path("hosts")).contains(host),
                "the Ingress's certificate covers " + host);
        if (data.path("PROXY_ADDRESS_FORWARDING").asBoolean(false)) {
            assertFalse(data.path("TRUSTED_PROXIES").asText().isBlank(),
                    "forwarded headers on without TRUSTED_PROXIES: the app refuses to start");
        }
        assertEquals(List.of(), tooWideProxies(data.path("TRUSTED_PROXIES").asText()));
    }

    /** Larger than any ingress controller's own addresses: a /24, or a /120 in IPv6. */
    static final int MAX_TRUSTED_ADDRESSES = 256;

    /**
     * The TRUSTED_PROXIES entries that are no address or CIDR, or that name a private range wider than
     * MAX_TRUSTED_ADDRESSES: that is a pod or node network, in which any pod may send forged X-Forwarded-* headers.
     * A provider's public ranges (a cloud load balancer's) may be wider.
     */
    static List<String> tooWideProxies(String trusted) {
        List<String> problems = new ArrayList<>();
        for (String entry : trusted.split(",")) {
            String cidr = entry.strip();
            if (cidr.isEmpty()) {
                continue;
            }
            String[] parts = cidr.split("/", 2);
            byte[] address;
            try {
                if (!parts[0].matches("[0-9a-fA-F:.]+")) {
                    throw new java.net.UnknownHostException(parts[0]);
                }
                address = java.net.InetAddress.getByName(parts[0]).getAddress();
            } catch (java.net.UnknownHostException e) {
                problems.add(cidr + ": not an IP address or CIDR");
                continue;
            }
            int bits = address.length * 8;
            int prefix = parts.length == 2 && parts[1].matches("\\d{1,3}") ? Integer.parseInt(parts[1]) : bits;
            if (prefix > bits || (parts.length == 2 && !parts[1].matches("\\d{1,3}"))) {
                problems.add(cidr + ": not an IP address or CIDR");
            } else if (isPrivate(address) && bits - prefix > Integer.numberOfTrailingZeros(MAX_TRUSTED_ADDRESSES)) {
                problems.add(cidr + ": " + (1L << Math.min(62, bits - prefix)) + " private addresses, a pod or node"
                        + " network where any pod may forge X-Forwarded-For; name the ingress controller's own"
                        + " addresses (k8s/README.md, \"Behind the ingress\")");
            }
        }
        return problems;
    }

    /** 10/8, 172.16/12, 192.168/16, the carriers' 100.64/10 (some clouds' pod ranges), and IPv6 fc00::/7. */
    private static boolean isPrivate(byte[] a) {
        if (a.length == 16) {
            return (a[0] & 0xfe) == 0xfc;
        }
        int b0 = a[0] & 0xff;
        int b1 = a[1] & 0xff;
        return b0 == 10 || (b0 == 172 && b1 >= 16 && b1 < 32) || (b0 == 192 && b1 == 168)
                || (b0 == 100 && b1 >= 64 && b1 < 128);
    }

    @Test
    void aProxyListNamesTheIngressControllerNotThePodNetwork() {
        assertEquals(List.of(), tooWideProxies("10.244.255.192/26, 192.168.1.7, fd00:1:2::/120, 35.191.0.0/16"));
        assertEquals(3, tooWideProxies("10.244.0.0/16,fd00::/64,100.64.0.0/10").size());
        assertEquals(2, tooWideProxies("ingress-nginx,10.0.0.0/abc").size());
    }

    @Test
    void theManagedMysqlComponentDropsTheStatefulSetAndPointsElsewhere() throws IOException {
        List<JsonNode> objects = renderWithManagedMysql();
        assertTrue(objects.stream().noneMatch(o -> "StatefulSet".equals(kind(o))), "no StatefulSet");
        assertTrue(find(objects, "Service", "mysql") == null, "no mysql Service");
        String url = configMap(objects).path("data").path("DB_URL").asText();
        assertFalse(url.contains("//mysql:"), "DB_URL points elsewhere: " + url);
        assertTrue(url.contains("sslMode=VERIFY_IDENTITY"), "TLS to a managed MySQL: " + url);
        assertTrue(find(objects, "Deployment", APP) != null, "the app stays");
    }

    // Rendering

    /** The objects of {@code kubectl kustomize k8s/}, or of the plain files where kubectl is not installed. */
    static List<JsonNode> render() throws IOException {
        String rendered = kustomize(K8S);
        return rendered != null ? parse(rendered) : renderPlainFiles(K8S);
    }

    static List<JsonNode> renderWithManagedMysql() throws IOException {
        Path overlay = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "k8s-managed-mysql");
        Path base = overlay.relativize(K8S.toAbsolutePath());
        Files.writeString(overlay.resolve("kustomization.yaml"), "resources:\n  - " + base + "\ncomponents:\n  - "
                + base.resolve("managed-mysql") + "\n");
        String rendered = kustomize(overlay);
        if (rendered != null) {
            return parse(rendered);
        }
        List<JsonNode> objects = new ArrayList<>(renderPlainFiles(K8S));
        JsonNode component = YAML.readTree(K8S.resolve("managed-mysql/kustomization.yaml").toFile());
        for (JsonNode patch : component.path("patches")) {
            JsonNode deleted = YAML.readTree(patch.path("patch").asText());
            objects.removeIf(o -> kind(o).equals(kind(deleted)) && name(o).equals(name(deleted)));
        }
        ObjectNode data = (ObjectNode) configMap(objects).path("data");
        for (JsonNode literal : component.path("configMapGenerator").get(0).path("literals")) {
            String[] pair = literal.asText().split("=", 2);
            data.put(pair[0], pair[1]);
        }
        return objects;
    }

    private static String kustomize(Path directory) throws IOException {
        Process process;
        try {
            process = new ProcessBuilder(System.getProperty("kubectl", "kubectl"), "kustomize", directory.toString()).redirectErrorStream(false).start();
        } catch (IOException noKubectl) {
            return null;
        }
        try (InputStream out = process.getInputStream(); InputStream err = process.getErrorStream()) {
            String rendered = new String(out.readAllBytes(), StandardCharsets.UTF_8);
            String errors = new String(err.readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new AssertionError("kubectl kustomize " + directory + " failed: " + errors);
            }
            return rendered;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static List<JsonNode> parse(String yaml) throws IOException {
        List<JsonNode> objects = new ArrayList<>();
        try (var documents = YAML.readerFor(JsonNode.class).readValues(yaml)) {
            while (documents.hasNext()) {
                JsonNode object = (JsonNode) documents.next();
                if (object != null && !object.isNull() && !object.isEmpty()) {
                    objects.add(object);
                }
            }
        }
        return objects;
    }

    /**
     * Kustomize's work these checks rely on, done by hand: the resources' objects, the ConfigMap from its env file,
     * the namespace, and the image names.
     */
    private static List<JsonNode> renderPlainFiles(Path directory) throws IOException {
        JsonNode kustomization = YAML.readTree(directory.resolve("kustomization.yaml").toFile());
        List<JsonNode> objects = new ArrayList<>();
        for (JsonNode resource : kustomization.path("resources")) {
            objects.addAll(parse(Files.readString(directory.resolve(resource.asText()))));
        }
        for (JsonNode generator : kustomization.path("configMapGenerator")) {
            ObjectNode configMap = YAML.createObjectNode().put("apiVersion", "v1").put("kind", "ConfigMap");
            configMap.putObject("metadata").put("name", generator.path("name").asText());
            ObjectNode data = configMap.putObject("data");
            for (JsonNode file : generator.path("envs")) {
                envFile(directory.resolve(file.asText())).forEach(data::put);
            }
            objects.add(configMap);
        }
        String namespace = kustomization.path("namespace").asText();
        Map<String, String> images = new LinkedHashMap<>();
        for (JsonNode image : kustomization.path("images")) {
            images.put(image.path("name").asText(), image.path("newName").asText(image.path("name").asText())
                    + ":" + image.path("newTag").asText("latest"));
        }
        for (JsonNode object : objects) {
            if (!namespace.isEmpty() && !CLUSTER_SCOPED.contains(kind(object))) {
                ((ObjectNode) object.path("metadata")).put("namespace", namespace);
            }
            for (JsonNode container : containers(object).values()) {
                String image = container.path("image").asText();
                if (images.containsKey(image)) {
                    ((ObjectNode) container).put("image", images.get(image));
                }
            }
        }
        return objects;
    }

    // Reading the objects

    private static String kind(JsonNode object) {
        return object.path("kind").asText();
    }

    private static String name(JsonNode object) {
        return object.path("metadata").path("name").asText();
    }

    private static String describe(JsonNode object) {
        return kind(object) + " " + name(object);
    }

    private static JsonNode find(List<JsonNode> objects, String kind, String name) {
        return objects.stream().filter(o -> kind.equals(kind(o)) && name.equals(name(o))).findFirst().orElse(null);
    }

    /** The app's ConfigMap (generated: its name carries a hash). */
    private static JsonNode configMap(List<JsonNode> objects) {
        return objects.stream().filter(o -> "ConfigMap".equals(kind(o)) && name(o).startsWith("etalase-config"))
                .findFirst().orElseThrow(() -> new AssertionError("no ConfigMap etalase-config"));
    }

    /** The pod specs an object runs: a workload's template, or each node set's pod template of an Elasticsearch. */
    private static List<JsonNode> podSpecs(JsonNode object) {
        return switch (kind(object)) {
            case "Deployment", "StatefulSet", "DaemonSet", "Job" -> List.of(object.path("spec").path("template"));
            case "Elasticsearch" -> object.path("spec").path("nodeSets").findValues("podTemplate");
            default -> List.of();
        };
    }

    /** Every container and init container of an object's pods, by name. */
    private static Map<String, JsonNode> containers(JsonNode object) {
        Map<String, JsonNode> containers = new LinkedHashMap<>();
        for (JsonNode template : podSpecs(object)) {
            for (String list : List.of("initContainers", "containers")) {
                for (JsonNode container : template.path("spec").path(list)) {
                    containers.put(container.path("name").asText(), container);
                }
            }
        }
        return containers;
    }

    private static JsonNode container(JsonNode podSpec, String name) {
        for (JsonNode container : podSpec.path("containers")) {
            if (name.equals(container.path("name").asText())) {
                return container;
            }
        }
        return null;
    }

    private static JsonNode env(JsonNode container, String name) {
        for (JsonNode variable : container.path("env")) {
            if (name.equals(variable.path("name").asText())) {
                return variable;
            }
        }
        throw new AssertionError("no " + name + " in the container's env");
    }

    private static Integer containerPort(JsonNode container, JsonNode port) {
        for (JsonNode declared : container.path("ports")) {
            if (port.isInt() ? declared.path("containerPort").asInt() == port.asInt()
                    : port.asText().equals(declared.path("name").asText())) {
                return declared.path("containerPort").asInt();
            }
        }
        return null;
    }

    private static boolean matchesPort(JsonNode ports, JsonNode target) {
        for (JsonNode declared : ports) {
            if (target.isInt() ? declared.path("containerPort").asInt() == target.asInt()
                    : target.asText().equals(declared.path("name").asText())) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasServicePort(JsonNode service, JsonNode port) {
        for (JsonNode declared : service.path("spec").path("ports")) {
            if (port.has("number") ? declared.path("port").asInt() == port.path("number").asInt()
                    : port.path("name").asText().equals(declared.path("name").asText())) {
                return true;
            }
        }
        return false;
    }

    /** The pod specs (with their labels' template) of workloads whose pod labels contain every selector label. */
    private static List<JsonNode> podsSelectedBy(List<JsonNode> objects, JsonNode selector) {
        List<JsonNode> pods = new ArrayList<>();
        if (selector.isMissingNode() || selector.isEmpty()) {
            return pods;
        }
        for (JsonNode object : objects) {
            for (JsonNode template : podSpecs(object)) {
                JsonNode labels = template.path("metadata").path("labels");
                boolean all = true;
                for (Map.Entry<String, JsonNode> label : selector.properties()) {
                    all &= label.getValue().asText().equals(labels.path(label.getKey()).asText(null));
                }
                if (all) {
                    pods.add(template.path("spec"));
                }
            }
        }
        return pods;
    }

    private static boolean runsAsNonRoot(JsonNode pod, JsonNode container) {
        JsonNode own = container.path("securityContext");
        boolean nonRoot = own.has("runAsNonRoot") ? own.path("runAsNonRoot").asBoolean()
                : pod.path("securityContext").path("runAsNonRoot").asBoolean(false);
        JsonNode user = own.has("runAsUser") ? own.path("runAsUser") : pod.path("securityContext").path("runAsUser");
        return nonRoot && (user.isMissingNode() || user.asInt() != 0);
    }

    private static boolean emptyDirAt(JsonNode pod, JsonNode container, String path) {
        for (JsonNode mount : container.path("volumeMounts")) {
            if (path.equals(mount.path("mountPath").asText())) {
                for (JsonNode volume : pod.path("volumes")) {
                    if (volume.path("name").asText().equals(mount.path("name").asText()) && volume.has("emptyDir")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static Set<String> mountedVolumes(JsonNode container) {
        Set<String> names = new HashSet<>();
        container.path("volumeMounts").forEach(mount -> names.add(mount.path("name").asText()));
        return names;
    }

    private static List<String> textValues(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    // The project's own files

    private static Properties applicationProperties() throws IOException {
        Properties properties = new Properties();
        try (var reader = Files.newBufferedReader(Path.of("src/main/resources/application.properties"))) {
            properties.load(reader);
        }
        return properties;
    }

    private static String pluginVersion() throws IOException {
        Matcher version = Pattern.compile("<elasticsearch.version>([^<]+)</elasticsearch.version>")
                .matcher(Files.readString(Path.of("src/es-plugin/pom.xml")));
        assertTrue(version.find(), "src/es-plugin/pom.xml names its Elasticsearch version");
        return version.group(1);
    }

    /** KEY=value lines of an env file (comments and blank lines skipped), in order. */
    static Map<String, String> envFile(Path file) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        try (Stream<String> lines = Files.lines(file)) {
            lines.map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(line -> {
                String[] pair = line.split("=", 2);
                entries.put(pair[0], pair.length > 1 ? pair[1] : "");
            });
        }
        return entries;
    }

    private static Set<String> envFileKeys(Path file) throws IOException {
        return envFile(file).keySet();
    }
}
