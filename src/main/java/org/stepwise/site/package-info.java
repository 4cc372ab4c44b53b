/**
 * The web site shell every module's pages sit in: the GOV.UK-style layout, the home page,
 * navigation by role, error pages and the error summary helper. Modules add pages by declaring
 * {@link org.stepwise.site.NavigationItem} beans and using the {@code layout} template. Depends on
 * no other module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Site")
package org.stepwise.site;
