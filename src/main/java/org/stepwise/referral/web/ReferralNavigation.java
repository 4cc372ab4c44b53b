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
  NavigationItem reviewNavigation() {
    return new NavigationItem(
        "Referrals to review",
        "/referrals",
        Set.of("PRACTITIONER", "MANAGER"),
        15,
        "New referrals, and deferred referrals whose review date has come.");
  }

  @Bean
  NavigationItem myReferralsNavigation() {
    return new NavigationItem(
        "My referrals",
        "/my-referrals",
        Set.of("REFERRER"),
        30,
        "Every referral you have made, where it has got to and when it last changed.");
  }

  @Bean
  NavigationItem waitingListNavigation() {
    return new NavigationItem(
        "Open referrals",
        "/waiting-list",
        Set.of("PRACTITIONER", "MANAGER"),
        20,
        "Every open referral (received, under review or accepted), and how long each person has waited.");
  }
}
