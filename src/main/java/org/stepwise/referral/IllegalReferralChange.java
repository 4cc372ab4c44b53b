package org.stepwise.referral;

import java.util.Arrays;
import org.stepwise.site.ChangeRefused;

/**
 * A change the referral's current state does not allow. Carries a message key from {@code
 * messages.properties} (for example {@code referral.change.closed}) and its arguments; a form shows
 * it beside its other errors, and the site's error page shows it anywhere else (409).
 */
public class IllegalReferralChange extends ChangeRefused {

  public IllegalReferralChange(String messageKey, Object... arguments) {
    super(messageKey, arguments);
  }

  @Override
  public String getMessage() {
    return messageKey() + (arguments().length == 0 ? "" : " " + Arrays.toString(arguments()));
  }
}
