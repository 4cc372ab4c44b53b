package org.stepwise.site;

import java.util.UUID;

/**
 * The record exists, but it belongs to a service none of the signed-in member of staff's teams
 * runs, and they are not its worker or covering for them. They may open it only by "breaking the
 * glass": giving a reason, for a short time, audited and reported to the team's managers. The site
 * answers with a page asking why they need the record (status 403); it never shows the record.
 *
 * <p>Thrown only for staff who could break the glass (practitioners and managers); anyone else is
 * told the record does not exist ({@link RecordNotFound}), so no answer reveals who is a client.
 */
public class OutsideYourTeams extends RuntimeException {

  private final UUID personId;
  private final String recordType;
  private final UUID recordId;
  private final UUID serviceId;

  /**
   * @param personId whose record it is
   * @param recordType what was asked for ("referral", "case", "person")
   * @param serviceId the service the record belongs to, or null when none is named
   */
  public OutsideYourTeams(UUID personId, String recordType, UUID recordId, UUID serviceId) {
    super("Outside the user's teams: " + recordType);
    this.personId = personId;
    this.recordType = recordType;
    this.recordId = recordId;
    this.serviceId = serviceId;
  }

  public UUID personId() {
    return personId;
  }

  public String recordType() {
    return recordType;
  }

  public UUID recordId() {
    return recordId;
  }

  public UUID serviceId() {
    return serviceId;
  }
}
