/**
 * The web site shell every module's pages sit in: the GOV.UK-style layout, the home page,
 * navigation by role, error pages and the error summary helper. Modules add pages by declaring
 * {@link org.stepwise.site.NavigationItem} beans and using the {@code layout} template.
 *
 * <p>May depend on (declared below, checked by {@code ModularityTests}): none.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Site",
    allowedDependencies = {})
package org.stepwise.site;
