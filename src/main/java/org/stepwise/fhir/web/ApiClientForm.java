package org.stepwise.fhir.web;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.validation.BindingResult;
import org.stepwise.fhir.ApiClientRegistry;
import org.stepwise.site.FormValues;

/**
 * A new API client exactly as typed. What it must be is the registry's rule ({@link #check}).
 *
 * @param odsCode optional; letters in either case
 * @param scopes values of {@link ApiClientRegistry#SCOPES}
 */
record ApiClientForm(String name, String organisation, String odsCode, List<String> scopes) {

  static final List<String> FIELD_ORDER = List.of("name", "organisation", "odsCode", "scopes");

  static ApiClientForm empty() {
    return new ApiClientForm("", "", "", List.of());
  }

  /** The scopes chosen, never null. */
  public Set<String> chosenScopes() {
    return scopes == null ? Set.of() : new LinkedHashSet<>(scopes);
  }

  /**
   * Adds the registry's own checks ({@link ApiClientRegistry#check}) to the form's, each beside its
   * field: the rule lives with the registry, which refuses the same on {@code register}.
   */
  void check(BindingResult result) {
    for (var problem : ApiClientRegistry.check(name, organisation, odsCode, chosenScopes())) {
      FormValues.reject(result, problem.field(), problem.messageKey());
    }
  }
}
