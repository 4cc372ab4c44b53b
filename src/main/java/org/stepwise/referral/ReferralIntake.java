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
import org.stepwise.referral.internal.ReferralAccess;
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
  private final ReferralAccess access;

  ReferralIntake(
      ReferralRepository referrals,
      People people,
      AuditLog auditLog,
      ReferralViews views,
      SelfReferralThrottle throttle,
      Consents consents,
      ReferralAccess access) {
    this.referrals = referrals;
    this.people = people;
    this.auditLog = auditLog;
    this.views = views;
    this.throttle = throttle;
    this.consents = consents;
    this.access = access;
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
    activeProgramme(referral);
    Referral unseenMatch = null;
    if (!differentPersonConfirmed) {
      var existing = openReferralFor(referral.person());
      if (existing.isPresent()) {
        var match = existing.get();
        if (access.maySee(match)) {
          auditLog.recordAbout(
              AuditAction.READ,
              RECORD_TYPE,
              match.referralId().id(),
              List.of(match.personId().id()),
              "duplicate check");
          return new ReceiveResult.PossibleDuplicate(
              new DuplicateMatch(
                  match.referralId(),
                  match.reference(),
                  match.status(),
                  views.programme(match.programmeId()) == null
                      ? ""
                      : views.programme(match.programmeId()).name(),
                  match.receivedAt(),
                  true));
        }
        // The user may not know this person is a client: nothing about the match is shown. The
        // referral is recorded as usual, flagged for the team to check and merge.
        unseenMatch = match;
      }
    }
    var personId = people.register(referral.person());
    var received =
        save(
            referral,
            personId,
            referral.source(),
            ReferralChannel.PROFESSIONAL_FORM,
            ReferralViews.currentUsername(),
            null,
            unseenMatch);
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
    // This client's own open referral for the person first, if it has one.
    var open = openReferralsFor(referral.person());
    var existing =
        open.stream()
            .filter(r -> r.wasReferredBy(ReferralViews.currentUsername()))
            .findFirst()
            .or(() -> open.stream().findFirst());
    Referral unseenMatch = null;
    if (existing.isPresent()) {
      var match = existing.get();
      if (match.wasReferredBy(ReferralViews.currentUsername())) {
        auditLog.recordAbout(
            AuditAction.READ,
            RECORD_TYPE,
            match.referralId().id(),
            List.of(match.personId().id()),
            "duplicate check (electronic)");
        return new ReceiveResult.PossibleDuplicate(
            new DuplicateMatch(
                match.referralId(),
                match.reference(),
                match.status(),
                "",
                match.receivedAt(),
                true));
      }
      // Another sender's referral: the client is told nothing of it. Recorded and flagged for the
      // team to check and merge.
      unseenMatch = match;
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
            sentFor,
            unseenMatch);
    if (referral.consentToFeedback()) {
      consents.recordAtReferral(personId, RecipientType.REFERRER, Purpose.CARE_COORDINATION);
    }
    return new ReceiveResult.Received(views.view(received, details(personId, referral.person())));
  }

  /**
   * Adds a repeat referral's information to the person's open referral, instead of recording a
   * second one. The referral is the one the duplicate check finds for this person now, never one
   * the caller names, so no one can add text to a referral that is not this person's; and only one
   * the caller may see.
   *
   * @return the referral the information was added to, or empty when the person has no open
   *     referral the caller may see any more (it was closed since the check)
   */
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER','REFERRER')")
  @Transactional
  public Optional<AddedToExisting> addToExisting(NewReferral repeat) {
    var found = openReferralFor(repeat.person()).filter(access::maySee);
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
   * A member of the public refers themselves. No one is signed in. The answer is the same whether
   * or not the person is known: a new referral with its own reference, flagged for the team when it
   * may duplicate an open one. Nothing is ever added to an existing referral from here.
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
    // Never appended to an existing referral: anyone can type a name and date of birth. A possible
    // duplicate is recorded as a new referral, flagged for the team to check and merge.
    var existing = openReferralFor(referral.person());
    var personId = people.registerSelfReferral(referral.person());
    return save(
            referral,
            personId,
            ReferralSource.SELF,
            ReferralChannel.SELF_REFERRAL,
            null,
            null,
            existing.orElse(null))
        .reference();
  }

  /**
   * Saves a new referral, with a first note if given, in one write.
   *
   * @param possibleDuplicateOf an open referral for what may be the same person, or null
   */
  private Referral save(
      NewReferral referral,
      PersonId personId,
      ReferralSource source,
      ReferralChannel channel,
      String referredBy,
      String note,
      Referral possibleDuplicateOf) {
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
    if (possibleDuplicateOf != null) {
      fresh.flagPossibleDuplicateOf(possibleDuplicateOf.referralId());
    }
    referrals.insert(fresh);
    auditLog.record(
        AuditAction.CREATE,
        RECORD_TYPE,
        fresh.referralId().id(),
        channel.name() + (possibleDuplicateOf == null ? "" : ", possible duplicate flagged"));
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
