package org.stepwise.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.stepwise.StepwiseIntegrationTest;

/** Administrators add users and set roles; each change is validated and logged. */
@StepwiseIntegrationTest
class UsersIT {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  @Test
  void anAdministratorAddsAUserWithAHashedPasswordAndTheChangeIsLogged() throws Exception {
    mvc.perform(
            post("/admin/users/new")
                .with(csrf())
                .with(user("admin").roles("ADMIN"))
                .param("username", "New.Worker")
                .param("displayName", "New Worker")
                .param("email", "")
                .param("password", "a-long-first-password")
                .param("roles", "PRACTITIONER", "REFERRER"))
        .andExpect(status().isFound())
        .andExpect(redirectedUrl("/admin/users"));

    var row =
        jdbc.sql(
                "select id, password_hash, array_to_string(roles, ',') as roles from staff_user where username = 'new.worker'")
            .query()
            .singleRow();
    assertThat((String) row.get("password_hash")).startsWith("{bcrypt}$2");
    assertThat((String) row.get("roles")).contains("PRACTITIONER").contains("REFERRER");
    assertThat(
            jdbc.sql(
                    "select action || ' ' || actor from audit_event where record_type = 'staff-user' and record_id = :id")
                .param("id", (UUID) row.get("id"))
                .query(String.class)
                .list())
        .containsExactly("CREATE admin");
  }

  @Test
  void aTakenUsernameIsRefusedAndTheOtherInputKeptButNotThePassword() throws Exception {
    var page =
        mvc.perform(
                post("/admin/users/new")
                    .with(csrf())
                    .with(user("admin").roles("ADMIN"))
                    .param("username", "PRACTITIONER")
                    .param("displayName", "Someone Else")
                    .param("password", "another-long-password")
                    .param("roles", "MANAGER"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page)
        .contains("That username is already in use")
        .contains("value=\"Someone Else\"")
        .doesNotContain("another-long-password");
    assertThat(page).containsPattern("id=\"roles-MANAGER\"[^>]*checked");
  }

  @Test
  void anUnknownRoleIsRefusedBesideTheRolesAndChangesNothing() throws Exception {
    long users = jdbc.sql("select count(*) from staff_user").query(Long.class).single();
    var page =
        mvc.perform(
                post("/admin/users/new")
                    .with(csrf())
                    .with(user("admin").roles("ADMIN"))
                    .param("username", "rolehacker")
                    .param("displayName", "Role Hacker")
                    .param("password", "a-long-first-password")
                    .param("roles", "SUPERUSER"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("Select roles from the list").contains("value=\"Role Hacker\"");
    assertThat(jdbc.sql("select count(*) from staff_user").query(Long.class).single())
        .isEqualTo(users);
  }

  @Test
  void aPasswordLongerThan72BytesIsAFieldErrorNotA500() throws Exception {
    for (String password : new String[] {"a".repeat(100), "é".repeat(40), "p".repeat(201)}) {
      var page =
          mvc.perform(
                  post("/admin/users/new")
                      .with(csrf())
                      .with(user("admin").roles("ADMIN"))
                      .param("username", "longpassword")
                      .param("displayName", "Long Password")
                      .param("password", password)
                      .param("roles", "PRACTITIONER"))
              .andExpect(status().isOk())
              .andReturn()
              .getResponse()
              .getContentAsString();
      assertThat(page).contains("Password must be 72 bytes or fewer").doesNotContain(password);
    }
  }

  @Test
  void anEmptyFormAndEmptyRolesAreShownAgainWithErrors() throws Exception {
    mvc.perform(post("/admin/users/new").with(csrf()).with(user("admin").roles("ADMIN")))
        .andExpect(status().isOk());
    var someone =
        jdbc.sql("select id from staff_user where username = 'practitioner'")
            .query(UUID.class)
            .single();
    mvc.perform(
            post("/admin/users/" + someone + "/roles")
                .with(csrf())
                .with(user("admin").roles("ADMIN")))
        .andExpect(status().isOk());
    mvc.perform(
            post("/admin/users/" + someone + "/roles")
                .with(csrf())
                .with(user("admin").roles("ADMIN"))
                .param("roles", "SUPERUSER"))
        .andExpect(status().isOk());
    mvc.perform(
            post("/admin/users/" + UUID.randomUUID() + "/roles")
                .with(csrf())
                .with(user("admin").roles("ADMIN"))
                .param("roles", "PRACTITIONER"))
        .andExpect(status().isNotFound());
  }
}
