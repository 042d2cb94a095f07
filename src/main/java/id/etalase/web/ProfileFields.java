package id.etalase.web;

import id.etalase.member.MemberProfile;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** The business profile form as posted. */
public class ProfileFields {

    @RestForm
    public String businessName;
    @RestForm
    public String ownerName;
    @RestForm
    public String scale;
    @RestForm
    public String sector;
    @RestForm
    public String district;
    @RestForm
    public String address;
    @RestForm
    public String description;
    @RestForm
    public String instagram;
    @RestForm
    public String tiktok;
    @RestForm
    public String shopeeUrl;
    @RestForm
    public String tokopediaUrl;
    @RestForm
    public String nib;
    @RestForm
    public String pirt;
    @RestForm
    public String halalCert;
    @RestForm
    public String bpom;
    /** The logo shown with the form (kept unless a new one is chosen or removeLogo is ticked). */
    @RestForm
    public Long logoPhoto;
    @RestForm
    public String removeLogo;
    @RestForm
    public FileUpload logo;

    /** The new logo file, if one was chosen. */
    List<java.nio.file.Path> logoFile() {
        return Uploads.files(logo == null ? List.of() : List.of(logo));
    }

    MemberProfile profile() {
        return new MemberProfile(businessName, ownerName, scale, sector, district, address, description, instagram,
                tiktok, shopeeUrl, tokopediaUrl, nib, pirt, halalCert, bpom);
    }

    /** The profile as form values, field name → text. */
    static Map<String, String> values(MemberProfile profile) {
        Map<String, String> values = new HashMap<>();
        values.put("businessName", profile.businessName());
        values.put("ownerName", profile.ownerName());
        values.put("scale", profile.scale());
        values.put("sector", profile.sector());
        values.put("district", profile.district());
        values.put("address", profile.address());
        values.put("description", profile.description());
        values.put("instagram", profile.instagram());
        values.put("tiktok", profile.tiktok());
        values.put("shopeeUrl", profile.shopeeUrl());
        values.put("tokopediaUrl", profile.tokopediaUrl());
        values.put("nib", profile.nib());
        values.put("pirt", profile.pirt());
        values.put("halalCert", profile.halalCert());
        values.put("bpom", profile.bpom());
        return values;
    }
}
