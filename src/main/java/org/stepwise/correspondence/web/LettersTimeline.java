package org.stepwise.correspondence.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.stepwise.correspondence.Letters;
import org.stepwise.referral.ReferralId;
import org.stepwise.site.TimelineSource;

/** Letters and emails on the timeline. */
@Component
class LettersTimeline implements TimelineSource {

  private final Letters letters;

  LettersTimeline(Letters letters) {
    this.letters = letters;
  }

  @Override
  public List<Entry> entriesFor(UUID referralId) {
    return letters.forReferral(new ReferralId(referralId)).stream()
        .map(
            l ->
                new Entry(
                    l.createdAt(),
                    "Letter",
                    "\""
                        + l.subject()
                        + "\" to "
                        + l.recipientName()
                        + ": "
                        + l.status().label().toLowerCase(Locale.UK),
                    null))
        .toList();
  }
}
