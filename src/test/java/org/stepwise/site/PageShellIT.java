package org.stepwise.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.stepwise.HttpSession;
import org.stepwise.StepwiseIntegrationTest;

/** The page shell: its style sheets and scripts are served from the application, not a CDN. */
@StepwiseIntegrationTest
class PageShellIT {

  private static final Pattern ASSET = Pattern.compile("(?:href|src)=\"(/[^\"]+\\.(?:css|js))\"");

  @LocalServerPort int port;

  @Test
  void everyStyleSheetAndScriptOnThePageIsServed() throws Exception {
    var session = new HttpSession(port);
    var page = session.get("/login").body();
    var matcher = ASSET.matcher(page);
    int assets = 0;
    while (matcher.find()) {
      assets++;
      var asset = session.get(matcher.group(1));
      assertThat(asset.statusCode()).as(matcher.group(1)).isEqualTo(200);
      assertThat(asset.body()).as(matcher.group(1)).isNotBlank();
    }
    assertThat(assets).as("GOV.UK Frontend CSS, our CSS, our script").isGreaterThanOrEqualTo(3);
    assertThat(page).doesNotContain("https://");
  }

  @Test
  void theScriptLoadsGovukFrontendFromTheApplication() throws Exception {
    var session = new HttpSession(port);
    var script = session.get("/js/stepwise.js").body();
    var imported = Pattern.compile("from '([^']+)'").matcher(script);
    assertThat(imported.find()).isTrue();
    assertThat(session.get(imported.group(1)).statusCode()).isEqualTo(200);
  }
}
