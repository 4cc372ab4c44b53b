package org.stepwise.staff;

/** What a signed-in user may do. A user holds one or more roles. */
public enum Role {
  CLIENT("Client", "A person supported by the service"),
  PRACTITIONER("Practitioner", "Employment support worker, vocational adviser or VR therapist"),
  REFERRER("Referrer", "GP, nurse, therapist, job centre, employer or charity who refers people"),
  EMPLOYER("Employer", "Line manager, HR or occupational health contact"),
  MANAGER("Team manager", "Runs the waiting list, capacity and supervision"),
  COMMISSIONER("Commissioner", "Funds the service; sees aggregate, de-identified figures only"),
  RESEARCHER("Researcher", "Runs trials; sees pseudonymised data only"),
  ADMIN("Administrator", "Configures services, templates and users"),
  DATA_PROTECTION("Data protection officer", "Reads the access log, and nothing else");

  private final String label;
  private final String description;

  Role(String label, String description) {
    this.label = label;
    this.description = description;
  }

  public String label() {
    return label;
  }

  public String description() {
    return description;
  }

  /** The Spring Security authority for this role, e.g. {@code ROLE_PRACTITIONER}. */
  public String authority() {
    return "ROLE_" + name();
  }
}
