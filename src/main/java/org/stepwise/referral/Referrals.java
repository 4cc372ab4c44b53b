package org.stepwise.referral;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.person.People;
import org.stepwise.person.PersonDetails;
import org.stepwise.referral.internal.Referral;
import org.stepwise.referral.internal.ReferralRepository;

/**
 * Receives referrals and shows the people waiting. Access is checked here: practitioners and
 * managers see every referral; a referrer sees only the referrals they made. Every read of
 * personal data and every change is written to the access log in the same transaction.
 */
@Service
public class Referrals {

  static final String RECORD_TYPE = "referral";

  private final ReferralRepository referrals;
  private final People people;
  private final AuditLog auditLog;
  private final Clock clock;

  Referrals(ReferralRepository referrals, People people, AuditLog auditLog, Clock clock) {
    this.referrals = referrals;
    this.people = people;
    this.auditLog = auditLog;
    this.clock = clock;
  }

  /**
   * Registers the person and records the referral in one transaction, then publishes {@link
   * ReferralReceived}. The referral is attributed to the signed-in user.
   */
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER','REFERRER')")
  @Transactional
  public ReferralView receive(NewReferral referral) {
    var personId = people.register(referral.person());
    var received =
        referrals.save(
            Referral.receive(
                personId,
                referral.source(),
                referral.conditions(),
                referral.otherCondition(),
                referral.employmentStatus(),
                referral.reason(),
                currentUsername(),
                clock.instant()));
    auditLog.record(AuditAction.CREATE, RECORD_TYPE, received.referralId().id(), null);
    var person = referral.person();
    return view(
        received,
        new PersonDetails(
            personId,
            person.givenName(),
            person.familyName(),
            person.dateOfBirth(),
            person.nhsNumber(),
            person.email(),
            person.phone(),
            person.addressLine1(),
            person.addressLine2(),
            person.town(),
            person.postcode()));
  }

  /**
   * One referral with the person's record. A referrer may open only referrals they made.
   *
   * @return empty when there is no such referral
   * @throws AccessDeniedException when a referrer asks for someone else's referral
   */
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER','REFERRER')")
  @Transactional
  public Optional<ReferralView> find(ReferralId id) {
    var found = referrals.findById(id.id());
    if (found.isEmpty()) {
      return Optional.empty();
    }
    var referral = found.get();
    if (!seesAllReferrals() && !referral.wasReferredBy(currentUsername())) {
      throw new AccessDeniedException("Not your referral");
    }
    auditLog.record(AuditAction.READ, RECORD_TYPE, id.id(), null);
    var person = people.find(referral.personId()).orElseThrow();
    return Optional.of(view(referral, person));
  }

  /** Everyone waiting, longest wait first. The read of the list is logged. */
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  @Transactional
  public List<WaitingListEntry> waitingList() {
    var waiting = referrals.findWaiting();
    var summaries = people.summaries(waiting.stream().map(Referral::personId).toList());
    var now = clock.instant();
    auditLog.record(
        AuditAction.READ, "waiting-list", null, "viewed " + waiting.size() + " people waiting");
    return waiting.stream()
        .map(
            referral -> {
              var person = summaries.get(referral.personId());
              return new WaitingListEntry(
                  referral.referralId(),
                  referral.reference(),
                  person.fullName(),
                  person.dateOfBirth(),
                  person.nhsNumber() == null ? null : person.nhsNumber().formatted(),
                  referral.source(),
                  referral.conditions(),
                  referral.employmentStatus(),
                  referral.receivedAt(),
                  Duration.between(referral.receivedAt(), now));
            })
        .toList();
  }

  private static ReferralView view(Referral referral, PersonDetails person) {
    return new ReferralView(
        referral.referralId(),
        referral.reference(),
        person,
        referral.source(),
        referral.conditions(),
        referral.otherCondition(),
        referral.employmentStatus(),
        referral.reason(),
        referral.status(),
        referral.receivedAt(),
        referral.referredBy());
  }

  private static String currentUsername() {
    return SecurityContextHolder.getContext().getAuthentication().getName();
  }

  private static boolean seesAllReferrals() {
    return SecurityContextHolder.getContext().getAuthentication().getAuthorities().stream()
        .anyMatch(
            authority ->
                "ROLE_PRACTITIONER".equals(authority.getAuthority())
                    || "ROLE_MANAGER".equals(authority.getAuthority()));
  }
}
