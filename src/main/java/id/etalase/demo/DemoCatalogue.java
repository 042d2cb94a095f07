package id.etalase.demo;

import java.util.List;

/** Members and products of one generated catalogue, both in the order they are written. */
public record DemoCatalogue(List<DemoMember> members, List<DemoProduct> products) {

    public DemoCatalogue {
        members = List.copyOf(members);
        products = List.copyOf(products);
    }
}
