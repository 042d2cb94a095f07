package id.etalase.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A photo as pages and the API show it: its URLs (a content hash in each, so they can be cached for a year). */
public record PhotoView(long id, int width, int height, String large, String medium, String small) {

    static PhotoView of(long id, String hash, int width, int height) {
        String base = "/foto/" + id + "-" + hash.substring(0, 16);
        return new PhotoView(id, width, height, base + "-" + PhotoProcessor.LARGE + ".jpg",
                base + "-" + PhotoProcessor.MEDIUM + ".jpg", base + "-" + PhotoProcessor.SMALL + ".jpg");
    }

    static PhotoView of(Photo photo) {
        return of(photo.id, photo.hash, photo.width, photo.height);
    }

    /** The photos with these ids, by id (one deleted meanwhile is left out), read without their renditions. */
    static Map<Long, PhotoView> byId(Collection<Long> ids) {
        Map<Long, PhotoView> views = new HashMap<>();
        if (!ids.isEmpty()) {
            Photo.find("id in ?1", ids).project(PhotoService.Header.class).list()
                    .forEach(h -> views.put(h.id(), of(h.id(), h.hash(), h.width(), h.height())));
        }
        return views;
    }

    /** A product's photos in order, the cover first. */
    static List<PhotoView> onProduct(long productId) {
        return onProducts(List.of(productId)).getOrDefault(productId, List.of());
    }

    /** The photos of each of these products that has any, in order, the cover first: one query for a list. */
    static Map<Long, List<PhotoView>> onProducts(Collection<Long> productIds) {
        Map<Long, List<PhotoView>> photos = new HashMap<>();
        if (!productIds.isEmpty()) {
            Photo.find("productId in ?1 order by productId, position, id", productIds)
                    .project(PhotoService.Header.class).list().forEach(h -> photos.computeIfAbsent(h.productId(),
                            product -> new ArrayList<>()).add(of(h.id(), h.hash(), h.width(), h.height())));
        }
        return photos;
    }

    /**
     * For srcset: each rendition with its real width, the smallest file of each width only (a photo smaller than a
     * rendition's size has two of the same width, which HTML forbids).
     */
    public String srcset() {
        Map<Integer, String> byWidth = new LinkedHashMap<>();
        byWidth.putIfAbsent(widthAt(PhotoProcessor.SMALL), small);
        byWidth.putIfAbsent(widthAt(PhotoProcessor.MEDIUM), medium);
        byWidth.putIfAbsent(width, large);
        return byWidth.entrySet().stream().map(e -> e.getValue() + " " + e.getKey() + "w")
                .collect(Collectors.joining(", "));
    }

    /** The medium rendition's size, for the width and height attributes of a card's image. */
    public int mediumWidth() {
        return widthAt(PhotoProcessor.MEDIUM);
    }

    public int mediumHeight() {
        return heightFor(mediumWidth());
    }

    /** The height for a given width, for the img element's width and height attributes. */
    public int heightFor(int shownWidth) {
        return (int) Math.round((double) height * shownWidth / width);
    }

    private int widthAt(int longSide) {
        return (int) Math.round(width * Math.min(1.0, (double) longSide / Math.max(width, height)));
    }
}
