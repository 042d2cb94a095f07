package id.etalase.catalog;

import java.util.List;

/**
 * A product as the member typed it in the listing form: the price as text ("25.000", empty for harga nego), and
 * its photos in order, the cover first (null leaves the photos as they are).
 */
public record ListingInput(String name, String description, String price, String unit, String sector,
        List<Long> photoIds) {

    public ListingInput(String name, String description, String price, String unit, String sector) {
        this(name, description, price, unit, sector, null);
    }
}
