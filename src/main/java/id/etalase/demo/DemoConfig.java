package id.etalase.demo;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the demo catalogue loaded into an empty database at start-up. */
@ConfigMapping(prefix = "etalase.demo")
public interface DemoConfig {

    /** Load the demo catalogue when the member table is empty. */
    @WithDefault("false")
    boolean enabled();

    /** Same seed, same catalogue. */
    @WithDefault("20261124")
    long seed();

    /** Number of published products; members, drafts and the rest scale with it. */
    @WithDefault("1520")
    int products();
}
