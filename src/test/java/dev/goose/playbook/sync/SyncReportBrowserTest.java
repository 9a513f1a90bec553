package dev.goose.playbook.sync;

import static dev.goose.testing.TestPeople.PASSWORD;
import static dev.goose.testing.TestPeople.anAdmin;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import dev.goose.people.Person;
import dev.goose.testing.Browser;
import dev.goose.testing.TestFolder;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
@Tag("browser")
class SyncReportBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    PlaybookSync sync;

    @Test
    void anAdminFindsTheSyncReportFromThePlaybooksAndReadsWhatNeedsAttentionFirst() throws IOException {
        String p = "seen" + System.nanoTime() % 100000;
        sync.sync(TestFolder.badFolder(p), "Goose at start-up");
        Person admin = anAdmin().create();

        try (Browser browser = Browser.open(base.toString())) {
            browser.resizeTo(1366, 900);
            browser.visit("/login").type("#email", admin.email).type("#password", PASSWORD).click("#sign-in");
            browser.waitForText("Home");
            browser.visit("/playbooks").click("#sync-report");
            String page = browser.waitForText("Needs attention");
            assertThat(browser.path()).isEqualTo("/playbooks/sync");
            assertThat(page.indexOf("Needs attention")).isLessThan(page.indexOf("Skipped ("));
            assertThat(page).contains(p + "/broken-link.md").contains("line 3: The link to 'old-pricing.md'");
            assertThat(browser.pageWidth()).isLessThanOrEqualTo(1366);
            browser.screenshot("sync-report-1366");
            browser.resizeTo(1366, 3000).screenshot("sync-report-1366-whole");
        }
    }
}
