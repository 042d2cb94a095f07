package id.etalase.enquiry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Absolute URLs of the public pages, as they appear in chat and share texts and in QR codes. */
@ApplicationScoped
public class PublicUrls {

    @Inject
    PortalConfig portal;

    public String product(String slug) {
        return base() + "/produk/" + slug;
    }

    public String member(String slug) {
        return base() + "/anggota/" + slug;
    }

    /** The public address without a trailing slash: every absolute link the portal hands out starts with it. */
    public String base() {
        String url = portal.publicUrl();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
