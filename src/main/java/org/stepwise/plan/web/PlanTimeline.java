package org.stepwise.plan.web;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.stepwise.plan.Plans;
import org.stepwise.referral.ReferralId;
import org.stepwise.site.TimelineSource;

/** Each agreement of the plan on the timeline. */
@Component
class PlanTimeline implements TimelineSource {

  private final Plans plans;

  PlanTimeline(Plans plans) {
    this.plans = plans;
  }

  @Override
  public List<Entry> entriesFor(UUID referralId) {
    return plans.agreementsForReferral(new ReferralId(referralId)).stream()
        .map(
            g ->
                new Entry(
                    g.agreedAt(),
                    "Plan agreed",
                    "Version " + g.number() + " (" + g.how() + ")",
                    g.recordedBy()))
        .toList();
  }
}
