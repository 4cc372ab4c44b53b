package org.stepwise.triage.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.stepwise.referral.ReferralAccepted;
import org.stepwise.referral.Referrals;

/** Every accepted referral joins triage, once, however often the event arrives. */
@Component
class TriageIntake {

  private final TriageRepository triage;
  private final Referrals referrals;

  TriageIntake(TriageRepository triage, Referrals referrals) {
    this.triage = triage;
    this.referrals = referrals;
  }

  @ApplicationModuleListener
  void on(ReferralAccepted event) {
    if (triage.findByReferralId(event.referralId().id()).isPresent()) {
      return;
    }
    var facts = referrals.outline(event.referralId()).orElseThrow();
    triage.save(
        TriageRecord.open(
            event.referralId().id(),
            event.personId().id(),
            event.programmeId() == null ? null : event.programmeId().id(),
            facts.reference(),
            facts.receivedAt()));
  }
}
