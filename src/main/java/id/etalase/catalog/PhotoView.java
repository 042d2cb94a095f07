package id.etalase.catalog;

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

    /** For srcset: each rendition with its real width. */
    public String srcset() {
        return small + " " + widthAt(PhotoProcessor.SMALL) + "w, " + medium + " " + widthAt(PhotoProcessor.MEDIUM)
                + "w, " + large + " " + width + "w";
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
