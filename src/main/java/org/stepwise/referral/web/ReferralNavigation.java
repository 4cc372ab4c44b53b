package org.stepwise.referral.web;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.stepwise.site.NavigationItem;

@Configuration(proxyBeanMethods = false)
class ReferralNavigation {

  @Bean
  NavigationItem addReferralNavigation() {
    return new NavigationItem(
        "Add a referral",
        "/referrals/new",
        Set.of("PRACTITIONER", "MANAGER", "REFERRER"),
        10,
        "Refer someone to the service. It takes about two minutes.");
  }

  @Bean
  NavigationItem waitingListNavigation() {
    return new NavigationItem(
        "Waiting list",
        "/waiting-list",
        Set.of("PRACTITIONER", "MANAGER"),
        20,
        "Everyone waiting to be seen, and how long they have waited.");
  }
}
