package org.stepwise.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stepwise.StepwiseIntegrationTest;

/**
 * An administrator registers a GP system for the FHIR API, hands over its secret, and later
 * deactivates it.
 */
@StepwiseIntegrationTest
class ApiClientsJourneyIT {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  @Test
  void anAdministratorRegistersAClientSeesItsSecretOnceAndDeactivatesIt() throws Exception {
    String clientId = null;
    try (var browser = new Browser(port)) {
      browser.signIn("admin");
      browser.follow("API clients");
      assertThat(browser.find(By.cssSelector("[data-test=api-clients]")).getText())
          .contains("Demo GP system")
          .contains("demo-gp-system")
          .contains("Riverside Surgery (demo)");
      browser.assertAccessible();

      // A missing organisation is named, and what was entered is kept.
      browser.follow("Register an API client");
      browser.assertAccessible();
      browser.type("name", "Hilltop Surgery EMIS");
      browser.type("odsCode", "y12345");
      browser.choose("scopes-referral.write");
      browser.choose("scopes-referral.read");
      browser.press("Register client");
      assertThat(browser.title()).startsWith("Error: ");
      assertThat(browser.find(By.cssSelector(".govuk-error-summary")).getText())
          .contains("There is a problem")
          .contains("Enter the organisation the system sends referrals for")
          .doesNotContain("Enter the name");
      assertThat(browser.find(By.id("name")).getAttribute("value"))
          .isEqualTo("Hilltop Surgery EMIS");
      assertThat(browser.find(By.id("odsCode")).getAttribute("value")).isEqualTo("y12345");
      assertThat(browser.find(By.id("scopes")).isSelected()).isTrue();
      assertThat(browser.find(By.id("scopes-referral.read")).isSelected()).isTrue();
      browser.assertAccessible();

      browser.type("organisation", "Hilltop Surgery");
      browser.press("Register client");
      assertThat(browser.text())
          .contains("API client registered")
          .contains(
              "Copy the secret now: it is not shown again. Give it to the system supplier securely.")
          .contains("see docs/fhir-api.md in the Stepwise repository");
      clientId = browser.find(By.cssSelector("[data-test=client-id]")).getText();
      var secret = browser.find(By.cssSelector("[data-test=secret]")).getText();
      assertThat(clientId).matches("hilltop-surgery-emis-[a-z0-9]{6}");
      assertThat(secret).matches("[A-Za-z0-9_-]{43}");
      assertThat(browser.find(By.cssSelector("[data-test=token-url]")).getText())
          .isEqualTo("http://localhost:" + port + "/oauth2/token");
      assertThat(browser.find(By.cssSelector("[data-test=fhir-url]")).getText())
          .isEqualTo("http://localhost:" + port + "/fhir");
      assertThat(browser.path()).doesNotContain(secret);
      browser.assertAccessible();

      browser.follow("Back to API clients");
      assertThat(browser.text()).doesNotContain(secret);
      var row = browser.find(By.cssSelector("tr[data-client-id='" + clientId + "']"));
      assertThat(row.getText())
          .contains("Hilltop Surgery EMIS")
          .contains("ODS code Y12345")
          .contains("Send referrals")
          .contains("Read referrals")
          .contains("Active");
      assertThat(row.findElement(By.cssSelector("[data-test=last-connected]")).getText())
          .isEqualTo("Never");

      // The secret shown works, once; then the administrator deactivates the client, and the
      // token the system already holds stops working at once.
      var token = token(clientId, secret);
      assertThat(fhirStatus(token)).isEqualTo(200);
      browser.open("/admin/api-clients");
      row = browser.find(By.cssSelector("tr[data-client-id='" + clientId + "']"));
      assertThat(row.findElement(By.cssSelector("[data-test=last-connected]")).getText())
          .isNotEqualTo("Never");
      browser.clickAndWait(
          row.findElement(By.xpath(".//button[starts-with(normalize-space(), 'Deactivate')]")));
      assertThat(browser.text()).contains("Hilltop Surgery EMIS (" + clientId + ") is deactivated");
      row = browser.find(By.cssSelector("tr[data-client-id='" + clientId + "']"));
      assertThat(row.getText()).contains("Deactivated").doesNotContain("Active");
      assertThat(tokenStatus(clientId, secret)).isEqualTo(401);
      assertThat(fhirStatus(token)).isEqualTo(401);
      browser.assertAccessible();
    } finally {
      if (clientId != null) {
        jdbc.sql("delete from api_client where client_id = :c").param("c", clientId).update();
      }
    }
  }

  String token(String clientId, String secret) throws Exception {
    var response = tokenResponse(clientId, secret);
    assertThat(response.statusCode()).isEqualTo(200);
    return tools.jackson.databind.json.JsonMapper.builder()
        .build()
        .readTree(response.body())
        .get("access_token")
        .asString();
  }

  int fhirStatus(String token) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(
                    URI.create(
                        "http://localhost:"
                            + port
                            + "/fhir/ServiceRequest?identifier=https://example.org%7Cnone"))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/fhir+json")
                .build(),
            HttpResponse.BodyHandlers.ofString())
        .statusCode();
  }

  int tokenStatus(String clientId, String secret) throws Exception {
    return tokenResponse(clientId, secret).statusCode();
  }

  HttpResponse<String> tokenResponse(String clientId, String secret) throws Exception {
    var basic =
        Base64.getEncoder()
            .encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "grant_type=client_credentials&scope=referral.read"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }
}
