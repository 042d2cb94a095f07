package id.etalase.web;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same checks against the packaged app, as it runs in production. */
@QuarkusIntegrationTest
class HealthIT extends HealthTest {
}
