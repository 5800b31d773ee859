package org.dipnorm.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.dipnorm.Chromium;
import org.dipnorm.TestProject;
import org.dipnorm.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A person's path in a real browser: land on the home page, search "liaison", open the Beijing
 * liaison office, its opening event with the source, the U.S.–China process and its report, a state
 * page, and run a gallery query in /query — screenshots in target/screenshots.
 */
class BrowserIT {
    @TempDir
    static Path tmp;
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(tmp, TestProject.ROOT);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static void noErrors(Chromium.Visit v) {
        assertThat(v.console()).doesNotContain("Uncaught").doesNotContain("SyntaxError").doesNotContain("TypeError");
        assertThat(v.dom()).contains("</body>");
    }

    @Test
    void aPersonFollowsTheBeijingLiaisonOfficeToItsSourceAndReport() throws Exception {
        Chromium chromium = new Chromium(Files.createDirectories(tmp.resolve("browse")));
        String base = server.baseUrl();
        Chromium.Visit home = chromium.visit(base + "/", "01-home", 2000);
        noErrors(home);
        assertThat(home.dom()).contains("Precedents").contains("U.S.–China normalization, 1971–1979");
        Chromium.Visit search = chromium.visit(base + "/search?q=liaison", "02-search-liaison", 2000);
        noErrors(search);
        assertThat(search.dom()).contains(base + "/page/mission/united-states-liaison-office-beijing");
        Chromium.Visit office = chromium.visit(base + "/page/mission/united-states-liaison-office-beijing", "03-liaison-office-beijing", 2000);
        noErrors(office);
        assertThat(office.dom()).contains(base + "/page/event/1973-05-01-us-liaison-office-beijing-opened");
        Chromium.Visit event = chromium.visit(base + "/page/event/1973-05-01-us-liaison-office-beijing-opened", "04-opening-event", 2000);
        noErrors(event);
        assertThat(event.dom()).contains("1 May 1973").contains("https://history.state.gov/countries/china");
        Chromium.Visit process = chromium.visit(base + "/page/process/us-china-1971", "05-process-us-china", 2000);
        noErrors(process);
        assertThat(process.dom()).contains("/reports/compare?process=us-china-1971");
        Chromium.Visit state = chromium.visit(base + "/page/state/vietnam", "06-state-vietnam", 2000);
        noErrors(state);
        assertThat(state.dom()).contains("Incoming links");
    }

    @Test
    void aGalleryQueryRunsInTheEditorWithoutOutsideCalls() throws Exception {
        Chromium chromium = new Chromium(Files.createDirectories(tmp.resolve("query")));
        Chromium.Visit editor = chromium.visit(server.baseUrl() + "/query?run=interim-to-embassy", "07-query-gallery", 10000);
        noErrors(editor);
        // the results table holds the U.S.–China row of the query run in the browser
        assertThat(editor.dom()).contains("us-china-1971").contains("2130");
        assertThat(editor.netLog()).doesNotContain("prefix.cc").doesNotContain("lov.linkeddata.es").doesNotContain("dbpedia.org");
        assertThat(Files.size(editor.screenshot())).isGreaterThan(20_000);
    }
}
