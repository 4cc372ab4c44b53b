package org.stepwise.caseload.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Opening a case as typed: the worker's username and a manager's reason to go over the limit. */
record OpenCaseForm(
    @NotBlank(message = "{case.worker.required}") String worker,
    @Size(max = 1000, message = "{case.overLimitReason.size}") String overLimitReason) {

  static final List<String> FIELD_ORDER = List.of("worker", "overLimitReason");

  static OpenCaseForm empty() {
    return new OpenCaseForm("", "");
  }
}
