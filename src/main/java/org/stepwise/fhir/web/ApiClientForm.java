package org.stepwise.fhir.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.stepwise.fhir.ApiClientRegistry;

/**
 * A new API client exactly as typed.
 *
 * @param odsCode optional; letters in either case
 * @param scopes values of {@link ApiClientRegistry#SCOPES}
 */
record ApiClientForm(
    @NotBlank(message = "{apiClient.name.required}")
        @Size(max = ApiClientRegistry.MAX_TEXT, message = "{apiClient.name.size}")
        String name,
    @NotBlank(message = "{apiClient.organisation.required}")
        @Size(max = ApiClientRegistry.MAX_TEXT, message = "{apiClient.organisation.size}")
        String organisation,
    @Pattern(regexp = "\\s*([A-Za-z0-9]{3,10})?\\s*", message = "{apiClient.odsCode.format}")
        String odsCode,
    List<String> scopes) {

  static final List<String> FIELD_ORDER = List.of("name", "organisation", "odsCode", "scopes");

  static ApiClientForm empty() {
    return new ApiClientForm("", "", "", List.of());
  }

  /** The scopes chosen, never null. */
  public Set<String> chosenScopes() {
    return scopes == null ? Set.of() : new LinkedHashSet<>(scopes);
  }

  /** Adds an error when no scope, or one Stepwise does not have, is chosen. */
  void check(BindingResult result) {
    if (chosenScopes().isEmpty() || !ApiClientRegistry.SCOPES.containsAll(chosenScopes())) {
      result.addError(
          new FieldError(
              result.getObjectName(),
              "scopes",
              null,
              false,
              new String[] {"apiClient.scopes.required"},
              null,
              "apiClient.scopes.required"));
    }
  }
}
