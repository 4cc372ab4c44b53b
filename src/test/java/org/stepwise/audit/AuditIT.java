package org.stepwise.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;
import org.stepwise.StepwiseIntegrationTest;
import org.stepwise.TestData;

@StepwiseIntegrationTest
class AuditIT {

  @Autowired AuditLog audit;
  @Autowired TransactionTemplate transactions;
  @Autowired MockMvc mvc;

  @Test
  void anEntryIsWrittenOnlyInsideTheChangesTransaction() {
    assertThatThrownBy(() -> audit.record(AuditAction.READ, "person", UUID.randomUUID(), null))
        .isInstanceOf(IllegalTransactionStateException.class);
  }

  @Test
  void recordsWhoDidWhatWithTheirRolesAndSystemWorkAsSystem() {
    var record = UUID.randomUUID();
    TestData.as(
        "practitioner",
        () -> {
          transactions.executeWithoutResult(
              s -> audit.record(AuditAction.UPDATE, "case", record, "step changed"));
          return null;
        },
        "PRACTITIONER",
        "MANAGER");
    transactions.executeWithoutResult(s -> audit.record(AuditAction.READ, "case", record, null));

    var entries = TestData.as("admin", () -> audit.forRecord("case", record), "ADMIN");

    assertThat(entries)
        .extracting(AuditEntry::actor, AuditEntry::actorRoles, AuditEntry::action)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("system", "", AuditAction.READ),
            org.assertj.core.groups.Tuple.tuple(
                "practitioner", "MANAGER,PRACTITIONER", AuditAction.UPDATE));
    assertThat(entries.get(1).detail()).isEqualTo("step changed");
  }

  @Test
  void onlyAdministratorsReadTheLog() throws Exception {
    assertThatThrownBy(
            () -> TestData.as("practitioner", () -> audit.recent(10), "PRACTITIONER", "MANAGER"))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(
            () ->
                TestData.as(
                    "practitioner", () -> audit.forRecord("case", UUID.randomUUID()), "MANAGER"))
        .isInstanceOf(AccessDeniedException.class);
    mvc.perform(get("/admin/audit").with(user("manager").roles("MANAGER")))
        .andExpect(status().isForbidden());
  }

  @Test
  void theAccessLogPageShowsTheLatestEntries() throws Exception {
    var record = UUID.randomUUID();
    TestData.as(
        "jordan",
        () -> {
          transactions.executeWithoutResult(
              s -> audit.record(AuditAction.CREATE, "letter", record, "audit-page-test"));
          return null;
        },
        "PRACTITIONER");
    mvc.perform(get("/admin/audit").with(user("admin").roles("ADMIN")))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("audit-page-test")))
        .andExpect(content().string(org.hamcrest.Matchers.containsString(record.toString())));
  }
}
