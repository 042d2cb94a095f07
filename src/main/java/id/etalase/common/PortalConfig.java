package id.etalase.common;

import io.smallrye.config.ConfigMapping;

/** Where shoppers reach the portal: the base of every absolute link it hands out (chat text, share text, QR codes). */
@ConfigMapping(prefix = "etalase.portal")
public interface PortalConfig {

    /** Scheme, host and port without a trailing slash, e.g. https://etalase.example.id. */
    String publicUrl();
}
