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
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
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
  @Autowired JdbcClient jdbc;

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
  void theLogRefusesToChangeOrLoseEntries() {
    var record = UUID.randomUUID();
    transactions.executeWithoutResult(
        s -> audit.record(AuditAction.READ, "case", record, "kept for ever"));

    assertThatThrownBy(
            () ->
                jdbc.sql("update audit_event set actor = 'someone else' where record_id = :id")
                    .param("id", record)
                    .update())
        .isInstanceOf(DataAccessException.class)
        .rootCause()
        .hasMessageContaining("audit_event is insert-only: UPDATE refused");
    assertThatThrownBy(
            () ->
                jdbc.sql("delete from audit_event where record_id = :id")
                    .param("id", record)
                    .update())
        .isInstanceOf(DataAccessException.class)
        .rootCause()
        .hasMessageContaining("audit_event is insert-only: DELETE refused");
    assertThatThrownBy(() -> jdbc.sql("truncate audit_event").update())
        .isInstanceOf(DataAccessException.class)
        .rootCause()
        .hasMessageContaining("audit_event is insert-only: TRUNCATE refused");

    var entries = TestData.as("admin", () -> audit.forRecord("case", record, 10), "ADMIN");
    assertThat(entries)
        .extracting(AuditEntry::actor, AuditEntry::detail)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("system", "kept for ever"));
  }

  @Test
  void aRecordsEntriesComeAtMostAsManyAsAsked() {
    var record = UUID.randomUUID();
    transactions.executeWithoutResult(
        s -> {
          for (int i = 0; i < 5; i++) {
            audit.record(AuditAction.READ, "case", record, "read " + i);
          }
        });
    assertThat(TestData.as("admin", () -> audit.forRecord("case", record, 3), "ADMIN")).hasSize(3);
    assertThat(TestData.as("admin", () -> audit.forRecord("case", record, 0), "ADMIN")).hasSize(1);
    assertThat(TestData.as("dpo", () -> audit.forRecord("case", record), "DATA_PROTECTION"))
        .hasSize(5);
  }

  @Test
  void onlyAdministratorsAndDataProtectionOfficersReadTheLog() throws Exception {
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
    mvc.perform(get("/admin/audit").with(user("dpo").roles("DATA_PROTECTION")))
        .andExpect(status().isOk());
    assertThat(TestData.as("dpo", () -> audit.recent(5), "DATA_PROTECTION")).isNotEmpty();
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
