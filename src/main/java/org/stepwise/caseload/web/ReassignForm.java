package org.stepwise.caseload.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Handing a case to another worker, as typed. */
record ReassignForm(
    @NotBlank(message = "{case.reassign.worker.required}") String worker,
    @NotBlank(message = "{case.reassign.reason.required}")
        @Size(max = 2000, message = "{case.reassign.reason.size}")
        String reason,
    @NotBlank(message = "{case.reassign.handoverNote.required}")
        @Size(max = 4000, message = "{case.reassign.handoverNote.size}")
        String handoverNote,
    @Size(max = 1000, message = "{case.overLimitReason.size}") String overLimitReason) {

  static final List<String> FIELD_ORDER =
      List.of("worker", "reason", "handoverNote", "overLimitReason");

  static ReassignForm empty() {
    return new ReassignForm("", "", "", "");
  }
}
