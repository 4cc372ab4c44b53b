package org.stepwise.assessment.internal;

import java.util.UUID;
import org.springframework.data.annotation.Transient;
import org.springframework.data.domain.Persistable;

/**
 * An aggregate written once and never changed, with an id it chooses itself: Spring Data cannot
 * tell from the id whether to insert it, so one made now (not read) says so with {@link #asNew()}.
 */
abstract class InsertOnly implements Persistable<UUID> {

  @Transient private boolean fresh;

  /** This one was made now, not read: saving it inserts it. */
  @SuppressWarnings("unchecked")
  <T extends InsertOnly> T asNew() {
    fresh = true;
    return (T) this;
  }

  @Override
  public boolean isNew() {
    return fresh;
  }
}
