package id.etalase.demo;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

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

    /** The login of one demo member, so a person trying the portal can use the member's side (scripts/run.sh). */
    Login member();

    interface Login {
        @WithDefault("0812-0000-0001")
        String phone();

        /** Without it no demo member can log in. */
        Optional<String> password();
    }
}
