package org.stepwise.assessment.internal;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.assessment.Questionnaire;

/**
 * The questionnaires Stepwise ships ({@link QuestionnaireFiles}), each with any wording an
 * administrator has loaded in place. No access rules of its own: the module's services check who is
 * asking.
 */
@Component
public class QuestionnaireDefinitions {

  private final QuestionnaireFiles files;
  private final ItemWordingRepository wording;

  QuestionnaireDefinitions(QuestionnaireFiles files, ItemWordingRepository wording) {
    this.files = files;
    this.wording = wording;
  }

  /** Every questionnaire, by name. */
  @Transactional(readOnly = true)
  public List<Questionnaire> all() {
    return files.all().stream().map(this::worded).toList();
  }

  /** One questionnaire, or empty for an unknown code. */
  @Transactional(readOnly = true)
  public Optional<Questionnaire> find(String code) {
    return files.find(code).map(this::worded);
  }

  /** One questionnaire as shipped, without loaded wording. */
  public Optional<Questionnaire> shipped(String code) {
    return files.find(code);
  }

  /** A questionnaire's name, or the code itself for one no longer shipped. */
  public String nameOf(String code) {
    return files.nameOf(code);
  }

  private Questionnaire worded(Questionnaire q) {
    if (q.licence() == Questionnaire.Licence.FREE) {
      return q;
    }
    return q.withText(
        wording.findByCode(q.code()).stream()
            .collect(Collectors.toMap(ItemWording::itemId, ItemWording::text)));
  }
}
