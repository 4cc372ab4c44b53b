package org.stepwise.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.stepwise.StepwiseIntegrationTest;
import org.stepwise.TestData;

/** Someone's own contact details: mistakes beside their field, what was typed kept. */
@StepwiseIntegrationTest
class AccountIT {

  @Autowired MockMvc mvc;
  @Autowired StaffAccounts accounts;
  @Autowired StaffDirectory directory;

  private String username;
  private RequestPostProcessor me;

  @BeforeEach
  void anAccountOfItsOwn() {
    username = "acct-" + UUID.randomUUID().toString().substring(0, 8);
    TestData.as(
        "admin",
        () ->
            accounts.add(
                new NewStaffAccount(
                    username, "Acct Tester", null, "a-long-password-1", Set.of(Role.REFERRER))),
        "ADMIN");
    me = user(username).roles("REFERRER");
  }

  private Document sent(MockHttpServletRequestBuilder request) throws Exception {
    return Jsoup.parse(
        mvc.perform(request.with(csrf()).with(me))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString());
  }

  @Test
  void anEmptyFormAsksHowToWrite() throws Exception {
    var page = sent(post("/account"));
    assertThat(page.select(".govuk-error-summary a").eachAttr("href"))
        .containsExactly("#preference");
    assertThat(page.select("#preference-error").text())
        .contains("Select how you want us to write to you");
  }

  @Test
  void nonsenseIsExplainedBesideEachFieldWithWhatWasTypedKept() throws Exception {
    var page =
        sent(
            post("/account")
                .param("email", "not-an-email")
                .param("address", "x".repeat(501))
                .param("preference", "CARRIER_PIGEON"));
    assertThat(page.select(".govuk-error-summary a").eachAttr("href"))
        .containsExactly("#email", "#address", "#preference");
    assertThat(page.select("#email").val()).isEqualTo("not-an-email");
    assertThat(page.select("#address-error").text()).contains("500 characters or fewer");

    var noWay = sent(post("/account").param("preference", "POST").param("email", "me@example.com"));
    assertThat(noWay.select("#address-error").text()).contains("Enter your postal address");
    assertThat(noWay.select("#email").val()).isEqualTo("me@example.com");
    assertThat(noWay.select("input[name=preference][value=POST]").attr("checked"))
        .isEqualTo("checked");

    var noEmail = sent(post("/account").param("preference", "EMAIL").param("address", "1 Road"));
    assertThat(noEmail.select("#email-error").text()).contains("Enter your email address");
    assertThat(noEmail.select("#address").text()).isEqualTo("1 Road");
  }

  @Test
  void detailsAreSavedAndSendingThemTwiceChangesNothingMore() throws Exception {
    for (int i = 0; i < 2; i++) {
      mvc.perform(
              post("/account")
                  .with(csrf())
                  .with(me)
                  .param("email", "  acct@example.com ")
                  .param("address", "1 High Street\n\n Exampletown ")
                  .param("preference", "POST"))
          .andExpect(status().isFound());
    }
    var mine = directory.contactFor(username).orElseThrow();
    assertThat(mine.email()).isEqualTo("acct@example.com");
    assertThat(mine.address()).isEqualTo(List.of("1 High Street", "Exampletown"));
    assertThat(mine.preference()).isEqualTo(ContactPreference.POST);
    var page =
        Jsoup.parse(
            mvc.perform(get("/account").with(me)).andReturn().getResponse().getContentAsString());
    assertThat(page.select("#email").val()).isEqualTo("acct@example.com");
    assertThat(page.select("input[name=preference][value=POST]").attr("checked"))
        .isEqualTo("checked");
  }
}
