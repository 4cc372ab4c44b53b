package org.stepwise.assessment.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** Wording loaded for licensed questionnaires. */
public interface ItemWordingRepository extends ListCrudRepository<ItemWording, UUID> {

  List<ItemWording> findByCode(String code);

  /** The wording loaded last for a questionnaire, if any. */
  Optional<ItemWording> findFirstByCodeOrderByCreatedAtDesc(String code);

  @Modifying
  @Query("delete from questionnaire_text where code = :code")
  void deleteByCode(String code);
}
