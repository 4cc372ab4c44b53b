package org.stepwise.person.internal;

import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

public interface PersonRepository extends ListCrudRepository<Person, UUID> {}
