package org.stepwise.referral;

import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.consent.Consents;
import org.stepwise.consent.Purpose;
import org.stepwise.consent.RecipientType;
import org.stepwise.person.NewPerson;
import org.stepwise.person.People;
import org.stepwise.person.PersonDetails;
import org.stepwise.person.PersonId;
import org.stepwise.programme.ProgrammeView;
import org.stepwise.referral.internal.Referral;
import org.stepwise.referral.internal.ReferralRepository;
import org.stepwise.referral.internal.ReferralViews;
import org.stepwise.referral.internal.SelfReferralThrottle;

/**
 * Referrals arriving: from professionals signed in, and from the public referring themselves. Both
 * routes make the same referral, with the same duplicate check: a person with an open referral is
 * not recorded twice.
 */
@Service
public class ReferralIntake {

  static final String RECORD_TYPE = "referral";

  private final ReferralRepository referrals;
  private final People people;
  private final AuditLog auditLog;
  private final ReferralViews views;
  private final SelfReferralThrottle throttle;
  private final Consents consents;

  ReferralIntake(
      ReferralRepository referrals,
      People people,
      AuditLog auditLog,
      ReferralViews views,
      SelfReferralThrottle throttle,
      Consents consents) {
    this.referrals = referrals;
    this.people = people;
    this.auditLog = auditLog;
    this.views = views;
    this.throttle = throttle;
    this.consents = consents;
  }

  /**
   * Records a professional's referral, attributed to the signed-in user, unless the person seems to
   * have an open referral already and the user has not confirmed this is someone else.
   *
   * @param differentPersonConfirmed the user has checked that a match is a different person
   */
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER','REFERRER')")
  @Transactional
  public ReceiveResult receive(NewReferral referral, boolean differentPersonConfirmed) {
    var programme = activeProgramme(referral);
    if (!differentPersonConfirmed) {
      var existing = openReferralFor(referral.person());
      if (existing.isPresent()) {
        var match = existing.get();
        boolean visible =
            ReferralViews.seesAllReferrals()
                || match.wasReferredBy(ReferralViews.currentUsername());
        auditLog.record(AuditAction.READ, RECORD_TYPE, match.referralId().id(), "duplicate check");
        return new ReceiveResult.PossibleDuplicate(
            new DuplicateMatch(
                match.referralId(),
                match.reference(),
                match.status(),
                views.programme(match.programmeId()) == null
                    ? ""
                    : views.programme(match.programmeId()).name(),
                match.receivedAt(),
                visible));
      }
    }
    var personId = people.register(referral.person());
    var received =
        save(
            referral,
            personId,
            referral.source(),
            ReferralChannel.PROFESSIONAL_FORM,
            ReferralViews.currentUsername());
    if (referral.consentToFeedback()) {
      consents.recordAtReferral(personId, RecipientType.REFERRER, Purpose.CARE_COORDINATION);
    }
    return new ReceiveResult.Received(views.view(received, details(personId, referral.person())));
  }

  /**
   * Records a referral sent electronically by a clinical system (the FHIR API), attributed to the
   * authenticated client. Same rules, events and duplicate check as the form. A person with an open
   * referral from this client is not recorded twice (the answer names that referral). One whose
   * open referral came from someone else is recorded all the same, with a note for the team to
   * check the two and merge them: the client's answer is then the same as for someone unknown, so
   * it never learns whether another referrer knows the person.
   *
   * @param requester who asked for it, as the sending system names them (e.g. "Dr A Patel,
   *     Riverside Surgery")
   */
  @PreAuthorize("hasAuthority('SCOPE_referral.write')")
  @Transactional
  public ReceiveResult receiveElectronic(NewReferral referral, String requester) {
    activeProgramme(referral);
    var open = openReferralsFor(referral.person());
    String possibleDuplicate = null;
    if (!open.isEmpty()) {
      var match =
          open.stream()
              .filter(r -> r.wasReferredBy(ReferralViews.currentUsername()))
              .findFirst()
              .orElse(open.getFirst());
      auditLog.record(
          AuditAction.READ, RECORD_TYPE, match.referralId().id(), "duplicate check (electronic)");
      if (match.wasReferredBy(ReferralViews.currentUsername())) {
        return new ReceiveResult.PossibleDuplicate(
            new DuplicateMatch(
                match.referralId(),
                match.reference(),
                match.status(),
                "",
                match.receivedAt(),
                true));
      }
      possibleDuplicate =
          "Possible duplicate: the duplicate check found an open referral from someone else, "
              + match.reference()
              + ". Check whether it is the same person and merge them.";
    }
    var personId = people.register(referral.person());
    var sentFor =
        requester == null || requester.isBlank()
            ? null
            : "Sent electronically for " + requester.strip();
    var received =
        save(
            referral,
            personId,
            referral.source(),
            ReferralChannel.ELECTRONIC,
            ReferralViews.currentUsername(),
            possibleDuplicate == null
                ? sentFor
                : sentFor == null ? possibleDuplicate : sentFor + ". " + possibleDuplicate);
    if (referral.consentToFeedback()) {
      consents.recordAtReferral(personId, RecipientType.REFERRER, Purpose.CARE_COORDINATION);
    }
    return new ReceiveResult.Received(views.view(received, details(personId, referral.person())));
  }

  /**
   * Adds a repeat referral's information to the person's open referral, instead of recording a
   * second one. The referral is the one the duplicate check finds for this person now, never one
   * the caller names, so no one can add text to a referral that is not this person's.
   *
   * @return the referral the information was added to, or empty when the person has no open
   *     referral any more (it was closed since the check)
   */
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER','REFERRER')")
  @Transactional
  public Optional<AddedToExisting> addToExisting(NewReferral repeat) {
    var found = openReferralFor(repeat.person());
    if (found.isEmpty()) {
      return Optional.empty();
    }
    var existing = found.get();
    existing.addNote(
        repeatNote(repeat, "Referred again by " + ReferralViews.currentUsername()),
        ReferralViews.currentUsername(),
        views.now());
    referrals.save(existing);
    auditLog.record(
        AuditAction.UPDATE, RECORD_TYPE, existing.referralId().id(), "repeat referral added");
    return Optional.of(new AddedToExisting(existing.referralId(), existing.reference()));
  }

  /** The open referral a repeat referral's information was added to. */
  public record AddedToExisting(ReferralId id, String reference) {}

  /**
   * A member of the public refers themselves. No one is signed in. When the person already has an
   * open referral, what they wrote is added to it and its reference is returned, so the answer is
   * the same either way and nothing about the existing referral is revealed.
   *
   * @param address where the request came from, for throttling floods
   * @return the reference to give the person
   * @throws TooManySelfReferrals when the address has sent too many in the last hour
   */
  @Transactional
  public String selfRefer(NewReferral referral, String address) {
    if (!throttle.tryAcquire(address)) {
      throw new TooManySelfReferrals();
    }
    var programme = activeProgramme(referral);
    if (!programme.acceptsSelfReferral()) {
      throw new IllegalArgumentException("This service does not take self-referrals");
    }
    var existing = openReferralFor(referral.person());
    if (existing.isPresent()) {
      var match = existing.get();
      match.addNote(
          repeatNote(referral, "The person referred themselves again"), null, views.now());
      referrals.save(match);
      auditLog.record(
          AuditAction.UPDATE, RECORD_TYPE, match.referralId().id(), "repeat self-referral added");
      return match.reference();
    }
    var personId = people.registerSelfReferral(referral.person());
    return save(referral, personId, ReferralSource.SELF, ReferralChannel.SELF_REFERRAL, null)
        .reference();
  }

  private Referral save(
      NewReferral referral,
      PersonId personId,
      ReferralSource source,
      ReferralChannel channel,
      String referredBy) {
    return save(referral, personId, source, channel, referredBy, null);
  }

  /** Saves a new referral, with a first note if given, in one write. */
  private Referral save(
      NewReferral referral,
      PersonId personId,
      ReferralSource source,
      ReferralChannel channel,
      String referredBy,
      String note) {
    var now = views.now();
    var fresh =
        Referral.receive(
            new Referral.Intake(
                personId,
                referral.programme(),
                source,
                channel,
                referral.conditions(),
                referral.otherCondition(),
                referral.employmentStatus(),
                referral.weeksOffWork(),
                referral.employer(),
                referral.gpPractice(),
                referral.reason(),
                referral.consentToContact(),
                referredBy),
            now);
    if (note != null) {
      fresh.addNote(note, referredBy, now);
    }
    referrals.insert(fresh);
    auditLog.record(AuditAction.CREATE, RECORD_TYPE, fresh.referralId().id(), channel.name());
    return fresh;
  }

  private ProgrammeView activeProgramme(NewReferral referral) {
    var programme = views.programme(referral.programme());
    if (programme == null || !programme.active()) {
      throw new IllegalArgumentException("That service is not taking referrals");
    }
    return programme;
  }

  private Optional<Referral> openReferralFor(NewPerson person) {
    return openReferralsFor(person).stream().findFirst();
  }

  private List<Referral> openReferralsFor(NewPerson person) {
    List<PersonId> matches =
        people.matching(
            person.nhsNumber(), person.givenName(), person.familyName(), person.dateOfBirth());
    if (matches.isEmpty()) {
      return List.of();
    }
    return referrals.findOpenFor(matches.stream().map(PersonId::id).toList());
  }

  private static String repeatNote(NewReferral repeat, String heading) {
    return heading + " (" + repeat.source().label() + "). Reason given: " + repeat.reason().trim();
  }

  private static PersonDetails details(PersonId id, NewPerson person) {
    return new PersonDetails(
        id,
        person.givenName(),
        person.familyName(),
        person.dateOfBirth(),
        person.nhsNumber(),
        person.email(),
        person.phone(),
        person.addressLine1(),
        person.addressLine2(),
        person.town(),
        person.postcode());
  }
}
