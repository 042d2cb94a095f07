package id.etalase.catalog;

import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A photo's srcset names each width once: HTML forbids two candidates of the same width. */
class PhotoViewTest {

    private static final String HASH = "0c979964f7848096aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";

    @Test
    void aLargePhotoOffersEachRenditionWithItsWidth() {
        assertEquals("/foto/7-0c979964f7848096-320.jpg 320w, /foto/7-0c979964f7848096-640.jpg 640w,"
                + " /foto/7-0c979964f7848096-1200.jpg 1200w", PhotoView.of(7, HASH, 1200, 800).srcset());
    }

    @Test
    void aPhotoSmallerThanTheMediumSizeOffersItsSameWidthOnce() {
        assertEquals("/foto/2-0c979964f7848096-320.jpg 320w, /foto/2-0c979964f7848096-640.jpg 600w",
                PhotoView.of(2, HASH, 600, 400).srcset());
        assertEquals("/foto/3-0c979964f7848096-320.jpg 300w", PhotoView.of(3, HASH, 300, 300).srcset());
    }
}
