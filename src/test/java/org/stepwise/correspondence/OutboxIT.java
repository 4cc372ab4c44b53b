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
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.stepwise.StepwiseIntegrationTest;
import org.stepwise.correspondence.internal.LetterBook;

/** Managers download the letters waiting to be posted as one PDF and mark them posted. */
@StepwiseIntegrationTest
class OutboxIT {

  @Autowired MockMvc mvc;
  @Autowired LetterBook book;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transactions;

  private UUID toPost(String name) {
    return transactions.execute(
        status ->
            book.make(
                    "post:" + UUID.randomUUID(),
                    UUID.randomUUID(),
                    null,
                    "welcome",
                    new LetterBook.Recipient(
                        name, null, List.of("7 Post Street", "EX9 9ZZ"), Channel.POST),
                    Map.of(
                        "personFirstName",
                        name,
                        "serviceName",
                        "Test",
                        "reference",
                        "SW-POST-0001"),
                    null)
                .letterId()
                .id());
  }

  @Test
  void lettersToPostComeAsOnePdfAndAreMarkedPostedTogether() throws Exception {
    var first = toPost("Posty One");
    var second = toPost("Posty Two");
    var outbox =
        mvc.perform(get("/outbox").with(user("manager").roles("MANAGER")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(outbox).contains("Letters to post").contains("Posty One").contains("Posty Two");

    var pdf =
        mvc.perform(get("/outbox/letters-to-post.pdf").with(user("manager").roles("MANAGER")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    try (var document = Loader.loadPDF(pdf)) {
      var text = new PDFTextStripper().getText(document);
      assertThat(text).contains("Posty One").contains("Posty Two").contains("7 Post Street");
      assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(2);
    }

    mvc.perform(
            post("/outbox/posted")
                .with(csrf())
                .with(user("manager").roles("MANAGER"))
                .param("letter", first.toString(), second.toString()))
        .andExpect(status().isFound());
    assertThat(
            jdbc.sql("select status from letter where id in (:a, :b)")
                .param("a", first)
                .param("b", second)
                .query(String.class)
                .list())
        .containsOnly("POSTED");
  }

  @Test
  void nonsenseAndUnknownLettersAreNeverA500() throws Exception {
    mvc.perform(
            post("/outbox/posted")
                .with(csrf())
                .with(user("manager").roles("MANAGER"))
                .param("letter", "abc", "")
                .param("letter", UUID.randomUUID().toString()))
        .andExpect(status().is3xxRedirection());
    mvc.perform(
            post("/letters/" + UUID.randomUUID() + "/retry")
                .with(csrf())
                .with(user("manager").roles("MANAGER")))
        .andExpect(status().isNotFound());
    mvc.perform(
            post("/letters/not-a-letter/retry").with(csrf()).with(user("manager").roles("MANAGER")))
        .andExpect(status().isNotFound());
    var notFailed = toPost("Retry Twice");
    mvc.perform(
            post("/letters/" + notFailed + "/retry")
                .with(csrf())
                .with(user("manager").roles("MANAGER")))
        .andExpect(status().isConflict());
  }

  @Test
  void onlyManagersUseTheOutbox() throws Exception {
    mvc.perform(get("/outbox").with(user("practitioner").roles("PRACTITIONER")))
        .andExpect(status().isForbidden());
    mvc.perform(get("/outbox/letters-to-post.pdf").with(user("referrer").roles("REFERRER")))
        .andExpect(status().isForbidden());
  }
}
