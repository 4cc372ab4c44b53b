package org.stepwise.caseload;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.web.servlet.MockMvc;
import org.stepwise.StepwiseIntegrationTest;
import org.stepwise.TestData;
import org.stepwise.programme.Programmes;
import org.stepwise.staff.StaffAccounts;
import org.stepwise.staff.StaffDirectory;
import org.stepwise.triage.TriageId;

/**
 * What the caseload module does after an event, tested as Spring Modulith scenarios: a stimulus
 * through the module's API, the event it publishes, and the state that follows, read through the
 * module's own API (not its tables).
 */
@StepwiseIntegrationTest
@EnableScenarios
class CaseloadEventsIT {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired Programmes programmes;
  @Autowired Cases cases;
  @Autowired Caseloads caseloads;
  @Autowired StaffAccounts accounts;
  @Autowired StaffDirectory staff;

  private String workerA;
  private String workerB;

  @BeforeEach
  void setUp() {
    workerA = worker("Ada Event");
    workerB = worker("Bo Event");
  }

  private String worker(String name) {
    return TestData.newWorker(accounts, staff, name, 5, Set.of(), "Event team");
  }

  private List<CaseRow> caseloadOf(String worker) {
    return TestData.as(
        worker, () -> caseloads.caseload(worker, CaseloadFilter.none()), "PRACTITIONER");
  }

  @Test
  void openingACaseAssignsTheWorkerAndPutsANewCaseItemOnTheirCaseload(Scenario scenario)
      throws Exception {
    var ready = TestData.readyForCase(mvc, jdbc, programmes, "Eve");

    scenario
        .stimulate(
            () ->
                TestData.as(
                    "practitioner",
                    () -> cases.open(new TriageId(ready.triage()), workerA, null),
                    "PRACTITIONER"))
        .andWaitForStateChange(
            () -> caseloadOf(workerA),
            rows -> rows.size() == 1 && rows.getFirst().needsAction() == 1)
        .andVerifyEvents(
            events ->
                assertThat(events)
                    .contains(WorkerAssigned.class)
                    .matching(e -> e.worker().equals(workerA) && e.previousWorker() == null));
  }

  @Test
  void reassigningACaseGivesTheNewWorkerTheHandoverToRead(Scenario scenario) throws Exception {
    var ready = TestData.readyForCase(mvc, jdbc, programmes, "Hal");
    var caseId =
        TestData.as(
            "practitioner",
            () -> cases.open(new TriageId(ready.triage()), workerA, null),
            "PRACTITIONER");

    scenario
        .stimulate(
            () ->
                TestData.as(
                    "manager",
                    () -> {
                      cases.reassign(
                          caseId, workerB, "Ada is on leave", "Two sessions; CV drafted.", null);
                      return caseId;
                    },
                    "MANAGER"))
        .andWaitForStateChange(
            () -> caseloadOf(workerB),
            rows ->
                rows.size() == 1
                    && rows.getFirst().caseId().equals(caseId)
                    && rows.getFirst().handoverPending()
                    && rows.getFirst().needsAction() == 2)
        .andVerifyEvents(
            events ->
                assertThat(events)
                    .contains(WorkerAssigned.class)
                    .matching(
                        e -> e.worker().equals(workerB) && workerA.equals(e.previousWorker())));
    assertThat(caseloadOf(workerA)).as("no longer Ada's").isEmpty();
  }
}
