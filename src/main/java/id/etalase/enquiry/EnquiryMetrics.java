package id.etalase.enquiry;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The enquiry feature's metrics, named here only: enquiries and product views as counted (bots, prefetches and
 * repeats within the dedupe window are not). No per-product or per-member tags: the reports have those.
 */
@ApplicationScoped
class EnquiryMetrics {

    static final String ENQUIRIES = "etalase.enquiries";
    static final String PRODUCT_VIEWS = "etalase.product.views";

    @Inject
    MeterRegistry registry;

    private Counter enquiries;
    private Counter views;

    @PostConstruct
    void register() {
        enquiries = Counter.builder(ENQUIRIES).description("WhatsApp enquiries counted").register(registry);
        views = Counter.builder(PRODUCT_VIEWS).description("Product page views counted").register(registry);
    }

    void counted(VisitRecorder.Kind kind) {
        (kind == VisitRecorder.Kind.ENQUIRY ? enquiries : views).increment();
    }
}
