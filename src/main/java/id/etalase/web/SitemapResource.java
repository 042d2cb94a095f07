package id.etalase.web;

import id.etalase.catalog.Storefront;
import id.etalase.catalog.ProductRepository;
import id.etalase.common.PublicUrls;
import id.etalase.member.MemberRepository;
import id.etalase.reference.DistrictView;
import id.etalase.reference.SectorView;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import java.time.Instant;
import java.util.List;

/** robots.txt and the sitemap for search engines: an index of files of at most 10,000 product URLs each. */
@Path("/")
public class SitemapResource {

    static final int URLS_PER_FILE = 10_000;
    static final String XML = "application/xml;charset=UTF-8";

    @Inject
    Storefront storefront;

    @Inject
    ProductRepository products;

    @Inject
    MemberRepository members;

    @Inject
    PublicUrls urls;

    @GET
    @Path("robots.txt")
    @Produces("text/plain;charset=UTF-8")
    public String robots() {
        return "User-agent: *\nAllow: /\nDisallow: /api/\nDisallow: /produk/*/whatsapp\nDisallow: /q/\n"
                + "Disallow: /akun\nDisallow: /admin\nDisallow: /masuk\nDisallow: /daftar\nDisallow: /sandi-baru\n"
                + "Disallow: /laporkan\n"
                + "Sitemap: " + urls.base() + "/sitemap.xml\n";
    }

    @GET
    @Path("sitemap.xml")
    @Produces(XML)
    @Transactional
    public String index() {
        long files = Math.max(1, (products.countPublic() + URLS_PER_FILE - 1) / URLS_PER_FILE);
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        sitemap(xml, "/sitemap/pages.xml");
        sitemap(xml, "/sitemap/members.xml");
        for (int file = 1; file <= files; file++) {
            sitemap(xml, "/sitemap/products-" + file + ".xml");
        }
        return xml.append("</sitemapindex>\n").toString();
    }

    @GET
    @Path("sitemap/pages.xml")
    @Produces(XML)
    public String pages() {
        StringBuilder xml = urlset();
        url(xml, "/", null);
        for (SectorView sector : storefront.sectors()) {
            if (sector.productCount() > 0) {
                url(xml, "/kategori/" + sector.slug(), null);
            }
        }
        for (DistrictView district : storefront.districts()) {
            if (district.productCount() > 0) {
                url(xml, "/wilayah/" + district.slug(), null);
            }
        }
        return xml.append("</urlset>\n").toString();
    }

    @GET
    @Path("sitemap/members.xml")
    @Produces(XML)
    @Transactional
    public String members() {
        return urls("/anggota/", members.findActiveSlugs());
    }

    @GET
    @Path("sitemap/products-{file:[0-9]{1,6}}.xml")
    @Produces(XML)
    @Transactional
    public String products(@PathParam("file") int file) {
        long offset = (file - 1L) * URLS_PER_FILE;
        if (file < 1 || offset >= products.countPublic()) {
            throw new NotFoundException();
        }
        List<Object[]> rows = products.findPublicSlugs((int) offset, URLS_PER_FILE);
        if (rows.isEmpty()) {
            throw new NotFoundException();
        }
        return urls("/produk/", rows);
    }

    private String urls(String prefix, List<Object[]> rows) {
        StringBuilder xml = urlset();
        for (Object[] row : rows) {
            url(xml, prefix + row[0], (Instant) row[1]);
        }
        return xml.append("</urlset>\n").toString();
    }

    private static StringBuilder urlset() {
        return new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    }

    private void sitemap(StringBuilder xml, String path) {
        xml.append("  <sitemap><loc>").append(escape(urls.base() + path)).append("</loc></sitemap>\n");
    }

    private void url(StringBuilder xml, String path, Instant lastModified) {
        xml.append("  <url><loc>").append(escape(urls.base() + path)).append("</loc>");
        if (lastModified != null) {
            xml.append("<lastmod>").append(lastModified.toString(), 0, 10).append("</lastmod>");
        }
        xml.append("</url>\n");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
