package org.stepwise.assessment.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.stepwise.assessment.ProfileView;

/** A job for the work history exactly as typed; every part but the role optional. */
record JobForm(
    @NotBlank(message = "{profile.job.role.required}")
        @Size(max = 200, message = "{profile.job.role.size}")
        String role,
    @Size(max = 200, message = "{profile.job.employer.size}") String employer,
    @Size(max = 100, message = "{profile.job.when.size}") String when,
    @Size(max = 5000, message = "{profile.job.wentWell.size}") String wentWell,
    @Size(max = 5000, message = "{profile.job.harder.size}") String harder) {

  static final List<String> FIELD_ORDER = List.of("role", "employer", "when", "wentWell", "harder");

  static JobForm empty() {
    return new JobForm("", "", "", "", "");
  }

  ProfileView.Job toJob() {
    return new ProfileView.Job(role, employer, when, wentWell, harder);
  }
}
