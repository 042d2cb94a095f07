package id.etalase.catalog;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Runs the hourly sweep of never-attached photos now, as its schedule would. */
@ApplicationScoped
public class PhotoSweeps {

    @Inject
    PhotoService photos;

    public void runNow() {
        QuarkusTransaction.requiringNew().run(photos::dropStale);
    }
}
