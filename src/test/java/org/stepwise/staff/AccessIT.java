package org.stepwise.staff;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.stepwise.StepwiseIntegrationTest;

/** Who may open what, checked on the server. */
@StepwiseIntegrationTest
class AccessIT {

  @Autowired MockMvc mvc;

  @Test
  void aClientCannotOpenTheWaitingList() throws Exception {
    mvc.perform(
            get("/waiting-list").accept(MediaType.TEXT_HTML).with(user("client").roles("CLIENT")))
        .andExpect(status().isForbidden());
  }

  @Test
  void aReferrerCannotOpenTheWaitingList() throws Exception {
    mvc.perform(get("/waiting-list").with(user("referrer").roles("REFERRER")))
        .andExpect(status().isForbidden());
  }

  @Test
  void aCommissionerCannotAddAReferral() throws Exception {
    mvc.perform(get("/referrals/new").with(user("commissioner").roles("COMMISSIONER")))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/referrals/new")
                .with(csrf())
                .with(user("commissioner").roles("COMMISSIONER"))
                .param("givenName", "X"))
        .andExpect(status().isForbidden());
  }

  @Test
  void onlyAnAdministratorCanManageUsers() throws Exception {
    mvc.perform(get("/admin/users").with(user("manager").roles("MANAGER")))
        .andExpect(status().isForbidden());
    mvc.perform(get("/admin/users/new").with(user("manager").roles("MANAGER")))
        .andExpect(status().isForbidden());
    mvc.perform(get("/admin/audit").with(user("practitioner").roles("PRACTITIONER")))
        .andExpect(status().isForbidden());
    mvc.perform(get("/admin/users").with(user("admin").roles("ADMIN"))).andExpect(status().isOk());
  }

  @Test
  void someoneNotSignedInIsSentToSignIn() throws Exception {
    mvc.perform(get("/waiting-list"))
        .andExpect(status().isFound())
        .andExpect(redirectedUrl("/login"));
  }

  @Test
  void theHealthEndpointIsOpenAndSaysUp() throws Exception {
    mvc.perform(get("/actuator/health"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("\"UP\"")));
  }
}
