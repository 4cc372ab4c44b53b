package org.stepwise.correspondence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
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

  @Test
  void aTemplateWithAMistakeIsExplainedAndNotSaved() throws Exception {
    var page =
        mvc.perform(
                post("/admin/letters/welcome")
                    .with(csrf())
                    .with(user("admin").roles("ADMIN"))
                    .param("action", "save")
                    .param("subject", "Hi")
                    .param("body", "Dear {{#unclosed}}"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("There is a problem").contains("The template has a mistake");
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
