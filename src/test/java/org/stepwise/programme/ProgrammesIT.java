package org.stepwise.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.stepwise.StepwiseIntegrationTest;
import org.stepwise.TestData;

/** Administrators edit services: errors keep what was typed, and two editors never lose work. */
@StepwiseIntegrationTest
class ProgrammesIT {

  private static final Pattern VERSION =
      Pattern.compile("type=\"hidden\" name=\"version\" value=\"(\\d+)\"");

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired Programmes programmes;

  private ProgrammeId service;

  @BeforeEach
  void service() {
    service = TestData.jobRetentionService(programmes, "Edit test " + UUID.randomUUID());
  }

  private String versionOnThePage() throws Exception {
    var page =
        mvc.perform(get("/admin/services/" + service).with(user("admin").roles("ADMIN")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    var matcher = VERSION.matcher(page);
    assertThat(matcher.find()).as("the edit form carries its version").isTrue();
    return matcher.group(1);
  }

  private MockHttpServletRequestBuilder save(String name, String version, String user) {
    var request =
        post("/admin/services/" + service)
            .with(csrf())
            .with(user(user).roles("ADMIN"))
            .param("name", name)
            .param("description", "For people in work with a long-term condition")
            .param("publicDescription", "")
            .param("active", "yes")
            .param("nhsNumberField", "OPTIONAL")
            .param("weeksOffWorkField", "OPTIONAL")
            .param("employerField", "HIDDEN")
            .param("gpPracticeField", "HIDDEN");
    return version == null ? request : request.param("version", version);
  }

  private String savedName() {
    return jdbc.sql("select name from programme where id = :id")
        .param("id", service.id())
        .query(String.class)
        .single();
  }

  @Test
  void aSaveAgainstANewerVersionIsRefusedWithBothVersionsShownAndNothingLost() throws Exception {
    String read = versionOnThePage();

    mvc.perform(save("Saved by Alex", read, "alex.admin")).andExpect(status().is3xxRedirection());

    var page =
        mvc.perform(save("Typed by Sam", read, "sam.admin"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThat(savedName()).isEqualTo("Saved by Alex");
    assertThat(page)
        .contains("Someone else changed this while you were editing it")
        .contains("alex.admin")
        .contains("Saved by Alex")
        .contains("value=\"Typed by Sam\"");
    var current = VERSION.matcher(page);
    assertThat(current.find()).isTrue();
    assertThat(current.group(1)).isNotEqualTo(read);

    mvc.perform(save("Typed by Sam", current.group(1), "sam.admin"))
        .andExpect(status().is3xxRedirection());
    assertThat(savedName()).isEqualTo("Typed by Sam");
  }

  @Test
  void aSaveWithoutAVersionIsTreatedAsStaleNotAsA500() throws Exception {
    mvc.perform(save("No version", null, "admin")).andExpect(status().isOk());
    assertThat(savedName()).startsWith("Edit test");
  }

  @Test
  void nonsenseSettingsAreFieldErrorsWithTheTypedNameKept() throws Exception {
    var page =
        mvc.perform(
                save("Nonsense", versionOnThePage(), "admin")
                    .param("conditionsInScope", "NOT_A_CONDITION")
                    .param("nhsNumberField", "SOMETIMES"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page)
        .contains("There is a problem")
        .contains("Select conditions from the list")
        .contains("value=\"Nonsense\"");
  }

  @Test
  void anEmptyOrTooLongServiceIsRefusedBesideTheField() throws Exception {
    var empty =
        mvc.perform(save("", versionOnThePage(), "admin"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(empty).contains("Enter the name of the service");
    mvc.perform(save("x".repeat(5000), versionOnThePage(), "admin")).andExpect(status().isOk());
  }

  @Test
  void aRuleWithNonsenseIsShownAgainWithWhatWasTyped() throws Exception {
    var page =
        mvc.perform(
                post("/admin/services/" + service + "/rules/new")
                    .with(csrf())
                    .with(user("admin").roles("ADMIN"))
                    .param("kind", "AGE_BETWEEN")
                    .param("low", "sixteen")
                    .param("high", "99999999999999")
                    .param("explanation", "Working age"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page)
        .contains("Enter the lower number as a whole number")
        .contains("value=\"sixteen\"")
        .contains("Working age");

    mvc.perform(
            post("/admin/services/" + service + "/rules/new")
                .with(csrf())
                .with(user("admin").roles("ADMIN"))
                .param("kind", "NOT_A_KIND"))
        .andExpect(status().isOk());
  }

  @Test
  void aRuleIsAddedAndAnUnknownServiceIsNotFound() throws Exception {
    mvc.perform(
            post("/admin/services/" + service + "/rules/new")
                .with(csrf())
                .with(user("admin").roles("ADMIN"))
                .param("kind", "AGE_BETWEEN")
                .param("low", "16")
                .param("high", "66")
                .param("explanation", "The service is funded for people of working age."))
        .andExpect(status().is3xxRedirection());
    assertThat(programmes.find(service).orElseThrow().rules()).isNotEmpty();

    mvc.perform(get("/admin/services/" + UUID.randomUUID()).with(user("admin").roles("ADMIN")))
        .andExpect(status().isNotFound());
  }
}
