package id.etalase.common;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** Absolute URLs of the public pages, as they appear in chat and share texts and in QR codes. */
@ApplicationScoped
public class PublicUrls {

    @Inject
    PortalConfig portal;

    /** Every QR code and chat text carries this address: production must have set it, and to https. */
    void refusePlainAddressInProduction(@Observes StartupEvent event) {
        if (ConfigUtils.isProfileActive("prod") && !base().startsWith("https://")) {
            throw new IllegalStateException("PUBLIC_URL must be the portal's https:// address in production");
        }
    }

    public String product(String slug) {
        return base() + "/produk/" + slug;
    }

    public String member(String slug) {
        return base() + "/anggota/" + slug;
    }

    /** The public address of a path such as /produk/x. */
    public String absolute(String path) {
        return base() + path;
    }

    /** The public address without a trailing slash: every absolute link the portal hands out starts with it. */
    public String base() {
        String url = portal.publicUrl();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
