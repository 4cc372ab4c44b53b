package org.stepwise.correspondence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.stepwise.StepwiseIntegrationTest;
import org.stepwise.TestData;
import org.stepwise.correspondence.internal.LetterBook;

/** Editing a template adds a version; letters keep the version they were made from. */
@StepwiseIntegrationTest
class TemplatesIT {

  @Autowired MockMvc mvc;
  @Autowired LetterTemplates templates;
  @Autowired LetterBook book;
  @Autowired Letters letters;
  @Autowired TransactionTemplate transactions;

  private LetterId letterFrom(String template) {
    return transactions.execute(
        status ->
            book.make(
                    "versions:" + UUID.randomUUID(),
                    UUID.randomUUID(),
                    null,
                    template,
                    new LetterBook.Recipient(
                        "Dr Version", "v@example.com", List.of(), Channel.EMAIL),
                    Map.of(
                        "personName",
                        "Val Version",
                        "reference",
                        "SW-VERS-0001",
                        "serviceName",
                        "Test"),
                    null)
                .letterId());
  }

  @Test
  void aSentLetterIsShownExactlyAsSentAfterTheTemplateChanges() throws Exception {
    var before = letterFrom("referral-accepted");
    var original =
        TestData.as("practitioner", () -> letters.find(before).orElseThrow(), "PRACTITIONER");
    int version =
        TestData.as(
            "admin", () -> templates.current("referral-accepted").orElseThrow().version(), "ADMIN");

    mvc.perform(
            post("/admin/letters/referral-accepted")
                .with(csrf())
                .with(user("admin").roles("ADMIN"))
                .param("action", "save")
                .param("version", "" + version)
                .param("subject", "Good news about {{personName}}")
                .param(
                    "body",
                    "Dear {{recipientName}},\n\nWe have taken on {{personName}}. New wording."))
        .andExpect(status().isFound());

    var current =
        TestData.as("admin", () -> templates.current("referral-accepted").orElseThrow(), "ADMIN");
    assertThat(current.version()).isEqualTo(version + 1);
    var again =
        TestData.as("practitioner", () -> letters.find(before).orElseThrow(), "PRACTITIONER");
    assertThat(again.subject()).isEqualTo(original.subject());
    assertThat(again.paragraphs())
        .isEqualTo(original.paragraphs())
        .noneMatch(p -> p.contains("New wording"));
    assertThat(again.templateVersion()).isEqualTo(version);

    var after =
        TestData.as(
            "practitioner",
            () -> letters.find(letterFrom("referral-accepted")).orElseThrow(),
            "PRACTITIONER");
    assertThat(after.subject()).isEqualTo("Good news about Val Version");
    assertThat(after.paragraphs()).contains("We have taken on Val Version. New wording.");
  }

  @Test
  void aPreviewUsesMadeUpDetailsAndSavesNothing() throws Exception {
    int version =
        TestData.as("admin", () -> templates.current("welcome").orElseThrow().version(), "ADMIN");
    var page =
        mvc.perform(
                post("/admin/letters/welcome")
                    .with(csrf())
                    .with(user("admin").roles("ADMIN"))
                    .param("action", "preview")
                    .param("subject", "Hello {{personFirstName}}")
                    .param("body", "We look forward to meeting you, {{personFirstName}}."))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("Hello Aisha").contains("We look forward to meeting you, Aisha.");
    assertThat(
            TestData.as(
                "admin", () -> templates.current("welcome").orElseThrow().version(), "ADMIN"))
        .isEqualTo(version);
  }

  private int version(String key) {
    return TestData.as("admin", () -> templates.current(key).orElseThrow().version(), "ADMIN");
  }

  private org.jsoup.nodes.Document sent(
      org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
      throws Exception {
    return org.jsoup.Jsoup.parse(
        mvc.perform(request.with(csrf()).with(user("admin").roles("ADMIN")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString());
  }

  @Test
  void aTemplateWithAMistakeIsExplainedBesideItsPartAndNotSaved() throws Exception {
    int before = version("welcome");
    var page =
        sent(
            post("/admin/letters/welcome")
                .param("action", "save")
                .param("version", "" + before)
                .param("subject", "Hi")
                .param("body", "Dear {{#unclosed}}"));
    assertThat(page.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#body");
    assertThat(page.select("#body-error").text())
        .contains("The words have a mistake in their double curly brackets")
        .doesNotContain("Exception")
        .doesNotContain("@ line");
    assertThat(page.select("#body").text()).isEqualTo("Dear {{#unclosed}}");
    assertThat(page.select("#subject").val()).isEqualTo("Hi");

    var subject =
        sent(
            post("/admin/letters/welcome")
                .param("action", "preview")
                .param("subject", "Hi {{/never}}")
                .param("body", "Fine"));
    assertThat(subject.select("#subject-error").text()).contains("The subject has a mistake");
    assertThat(version("welcome")).isEqualTo(before);
  }

  @Test
  void anEmptyOrOverlongTemplateIsExplainedWithWhatWasTypedKept() throws Exception {
    int before = version("welcome");
    var empty =
        sent(post("/admin/letters/welcome").param("action", "save").param("version", "" + before));
    assertThat(empty.select(".govuk-error-summary a").eachAttr("href"))
        .containsExactly("#subject", "#body");
    assertThat(empty.select("#subject-error").text()).contains("Enter a subject");
    assertThat(empty.select("#body-error").text()).contains("Enter the words of the letter");

    var tooLong =
        sent(
            post("/admin/letters/welcome")
                .param("action", "save")
                .param("version", "" + before)
                .param("subject", "s".repeat(LetterTemplates.MAX_SUBJECT + 1))
                .param("body", "Still here"));
    assertThat(tooLong.select("#subject-error").text()).contains("200 characters or fewer");
    assertThat(tooLong.select("#body").text()).isEqualTo("Still here");
    assertThat(version("welcome")).isEqualTo(before);
  }

  @Test
  void aSecondSaveFromTheSamePageShowsBothVersionsAndSavesNothingMore() throws Exception {
    int before = version("referral-received");
    var current =
        TestData.as("admin", () -> templates.current("referral-received").orElseThrow(), "ADMIN");
    mvc.perform(
            post("/admin/letters/referral-received")
                .with(csrf())
                .with(user("admin").roles("ADMIN"))
                .param("action", "save")
                .param("version", "" + before)
                .param("subject", current.subject())
                .param("body", current.body() + "\n\nFirst save."))
        .andExpect(status().isFound());
    var again =
        sent(
            post("/admin/letters/referral-received")
                .param("action", "save")
                .param("version", "" + before)
                .param("subject", current.subject())
                .param("body", current.body() + "\n\nSecond save."));
    assertThat(again.select("[data-test=conflict]").text()).contains("First save.");
    assertThat(again.select("#body").text()).contains("Second save.");
    assertThat(again.select("input[name=version]").val()).isEqualTo("" + (before + 1));
    assertThat(version("referral-received")).isEqualTo(before + 1);

    var nonsense =
        sent(
            post("/admin/letters/referral-received")
                .param("action", "save")
                .param("version", "not a number")
                .param("subject", "Mine")
                .param("body", "Mine too"));
    assertThat(nonsense.select("[data-test=conflict]")).hasSize(1);
    assertThat(version("referral-received")).isEqualTo(before + 1);
  }

  @Test
  void anUnknownTemplateIsNotFound() throws Exception {
    mvc.perform(get("/admin/letters/no-such-letter").with(user("admin").roles("ADMIN")))
        .andExpect(status().isNotFound());
    mvc.perform(
            post("/admin/letters/no-such-letter")
                .with(csrf())
                .with(user("admin").roles("ADMIN"))
                .param("subject", "x")
                .param("body", "y"))
        .andExpect(status().isNotFound());
  }

  @Test
  void onlyAdministratorsEditTemplates() throws Exception {
    mvc.perform(
            post("/admin/letters/welcome")
                .with(csrf())
                .with(user("manager").roles("MANAGER"))
                .param("subject", "x")
                .param("body", "y"))
        .andExpect(status().isForbidden());
  }

  @Test
  void everyLetterWeShipForThePeopleWeSupportReadsAtAnAgeOfElevenOrUnder() {
    // No test edits a letter to a person, so the current wording is the wording we ship.
    var ages =
        TestData.as(
            "admin",
            () -> {
              var byKey = new java.util.TreeMap<String, Integer>();
              for (var current : templates.current()) {
                if (current.audience() == Audience.CLIENT) {
                  byKey.put(
                      current.key(),
                      templates.preview(current.subject(), current.body()).readingAge());
                }
              }
              return byKey;
            },
            "ADMIN");
    assertThat(ages)
        .isNotEmpty()
        .allSatisfy((key, age) -> assertThat(age).as(key).isBetween(5, 11));
  }

  @Test
  void aPreviewShowsTheReadingAgeAndWarnsWhenALetterToAPersonIsHardToRead() throws Exception {
    var page =
        mvc.perform(
                post("/admin/letters/welcome")
                    .with(csrf())
                    .with(user("admin").roles("ADMIN"))
                    .param("action", "preview")
                    .param("subject", "Hello")
                    .param(
                        "body",
                        "Notwithstanding organisational considerations, vocational rehabilitation "
                            + "interventions necessitate comprehensive multidisciplinary collaboration."))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("Estimated reading age:").contains("may be hard to read");
  }
}
