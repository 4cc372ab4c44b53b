package org.stepwise.referral.web;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.stepwise.referral.ReferralId;
import org.stepwise.referral.ReferralReview;
import org.stepwise.site.TimelineSource;

/** The referral's own history on the timeline. */
@Component
class ReferralTimeline implements TimelineSource {

  private final ReferralReview review;

  ReferralTimeline(ReferralReview review) {
    this.review = review;
  }

  @Override
  public List<Entry> entriesFor(UUID referralId) {
    return review
        .find(new ReferralId(referralId))
        .map(
            r ->
                r.history().stream()
                    .map(
                        h ->
                            new Entry(
                                h.at(),
                                "Referral " + h.to().label().toLowerCase(java.util.Locale.UK),
                                h.note() == null ? "" : h.note(),
                                h.by()))
                    .toList())
        .orElse(List.of());
  }
}
