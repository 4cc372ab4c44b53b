package org.stepwise.staff.web;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.stepwise.site.NavigationItem;

@Configuration(proxyBeanMethods = false)
class StaffNavigation {

  @Bean
  NavigationItem usersNavigation() {
    return new NavigationItem(
        "Users",
        "/admin/users",
        Set.of("ADMIN"),
        80,
        "Add staff users, set their roles, disable accounts and reset passwords.");
  }
}
