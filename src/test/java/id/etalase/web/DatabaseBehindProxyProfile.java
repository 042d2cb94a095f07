package id.etalase.web;

import id.etalase.search.TcpProxy;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.util.Map;
import java.util.regex.Pattern;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * The app reaches the real database through a proxy the test can close (refused), silence (a hung server) and
 * reopen: the database the other tests use (DB_TEST_URL, else the test profile's), its host and port swapped for
 * the proxy's. The app starts with the proxy open.
 */
public class DatabaseBehindProxyProfile implements QuarkusTestProfile {

    static final int PORT = 3388;
    static final String DEFAULT_URL = "jdbc:mysql://127.0.0.1:3306/etalase_test?sslMode=DISABLED"
            + "&allowPublicKeyRetrieval=true&rewriteBatchedStatements=true&characterEncoding=UTF-8";
    /**
     * The profile and the test are loaded by different class loaders, so the one proxy is kept where both see it: as
     * an MBean of the platform MBean server.
     */
    private static final String NAME = "id.etalase.test:type=DatabaseProxy";

    public interface ControlMBean {
        void open() throws IOException;

        void close();

        void silence();

        void resume();
    }

    public static final class Control implements ControlMBean {

        private final TcpProxy proxy;

        Control(TcpProxy proxy) {
            this.proxy = proxy;
        }

        @Override
        public void open() throws IOException {
            proxy.open();
        }

        @Override
        public void close() {
            proxy.close();
        }

        @Override
        public void silence() {
            proxy.silence();
        }

        @Override
        public void resume() {
            proxy.resume();
        }
    }

    /** "open", "close", "silence" or "resume" the one proxy, made and opened on first use. */
    static void proxy(String command) {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        try {
            ObjectName name = new ObjectName(NAME);
            synchronized (server) {
                if (!server.isRegistered(name)) {
                    URI target = target();
                    Control control = new Control(new TcpProxy(PORT, target.getHost(), target.getPort()));
                    control.open();
                    server.registerMBean(control, name);
                }
            }
            server.invoke(name, command, new Object[0], new String[0]);
        } catch (JMException | IOException e) {
            throw new IllegalStateException("database proxy: " + command, e);
        }
    }

    private static String url() {
        return System.getenv().getOrDefault("DB_TEST_URL", DEFAULT_URL);
    }

    private static URI target() {
        return URI.create(url().substring("jdbc:".length()));
    }

    static String proxiedUrl() {
        URI target = target();
        return url().replaceFirst("//" + Pattern.quote(target.getHost() + ":" + target.getPort()),
                "//127.0.0.1:" + PORT);
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        proxy("open");
        // The database the other tests filled: not cleaned and loaded again for this app of its own.
        return Map.of("quarkus.datasource.jdbc.url", proxiedUrl(), "quarkus.flyway.clean-at-start", "false");
    }
}
