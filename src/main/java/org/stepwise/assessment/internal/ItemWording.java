package org.stepwise.assessment.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;
import org.stepwise.assessment.Questionnaire;

/**
 * The wording an administrator loaded for one item of a licensed questionnaire, under the service's
 * own licence: the item's text and, optionally, the words of its answers. Loading wording again
 * replaces the questionnaire's wording as a whole.
 */
@Table("questionnaire_text")
public class ItemWording extends InsertOnly {

  @Id private final UUID id;
  private final String code;
  private final String itemId;
  private final String text;
  private final List<String> optionLabels;
  @CreatedDate private Instant createdAt;
  @CreatedBy private String createdBy;

  @PersistenceCreator
  ItemWording(UUID id, String code, String itemId, String text, List<String> optionLabels) {
    this.id = id;
    this.code = code;
    this.itemId = itemId;
    this.text = text;
    this.optionLabels = optionLabels == null ? List.of() : List.copyOf(optionLabels);
  }

  /** New wording for an item. */
  public static ItemWording load(String code, String itemId, Questionnaire.ItemText wording) {
    return new ItemWording(
            UUID.randomUUID(),
            code,
            itemId,
            wording.text().strip(),
            wording.optionLabels() == null ? List.of() : wording.optionLabels())
        .asNew();
  }

  public String itemId() {
    return itemId;
  }

  /** The text and answer labels, as the definition takes them. */
  public Questionnaire.ItemText text() {
    return new Questionnaire.ItemText(text, optionLabels);
  }

  public Instant createdAt() {
    return createdAt;
  }

  public String createdBy() {
    return createdBy;
  }

  @Override
  public UUID getId() {
    return id;
  }
}
