package id.etalase.catalog;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import id.etalase.member.Member;
import id.etalase.member.MemberView;
import java.util.List;

/** A member's public profile with its published products. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MemberDetailView(String slug, String name, String owner, String scale, String sector,
        MemberView.DistrictRef district, String address, String description, MemberView.LegalPapers legal,
        MemberView.Links links, PhotoView logo, long productCount, List<ProductView> products,
        @JsonIgnore String whatsapp) {

    public static MemberDetailView of(Member member, PhotoView logo, List<ProductView> products,
            long productCount) {
        MemberView view = MemberView.of(member);
        return new MemberDetailView(member.slug, member.businessName, member.ownerName, view.scale(), view.sector(),
                view.district(), member.address, member.description, view.legal(), view.links(), logo, productCount,
                products, member.whatsapp);
    }
}
