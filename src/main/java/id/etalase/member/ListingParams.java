package id.etalase.member;

import id.etalase.common.Slugs;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;

/** Query parameters every listing takes, checked as text so a bad value names its parameter. */
public class ListingParams {

    public static final int DEFAULT_SIZE = 24;
    public static final int MAX_SIZE = 100;

    @QueryParam("sector")
    @Pattern(regexp = Slugs.PATTERN, message = "{etalase.param.sector}")
    public String sector;

    @QueryParam("district")
    @Pattern(regexp = "\\d{2}(\\.\\d{2,4}){0,3}", message = "{etalase.param.district}")
    public String district;

    @QueryParam("scale")
    @Pattern(regexp = "mikro|kecil|menengah", message = "{etalase.param.scale}")
    public String scale;

    @QueryParam("page")
    @Pattern(regexp = "[1-9]\\d{0,5}", message = "{etalase.param.page}")
    public String page;

    @QueryParam("size")
    @Pattern(regexp = "[1-9]|[1-9]\\d|100", message = "{etalase.param.size}")
    public String size;

    public int pageNumber() {
        return page == null ? 1 : Integer.parseInt(page);
    }

    public int pageSize() {
        return size == null ? DEFAULT_SIZE : Integer.parseInt(size);
    }
}
