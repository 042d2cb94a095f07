package id.etalase.catalog;

/** A product as the member typed it in the listing form: the price as text ("25.000", empty for harga nego). */
public record ListingInput(String name, String description, String price, String unit, String sector) {
}
