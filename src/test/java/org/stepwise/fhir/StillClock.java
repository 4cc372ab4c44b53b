package org.stepwise.fhir;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.stepwise.MovableClock;

/**
 * The application's clock standing still until a test moves it. Test classes that {@code @Import}
 * it (and nothing else) share one application: {@code FhirRateLimitIT}, {@code OAuthServerIT}.
 */
@TestConfiguration(proxyBeanMethods = false)
class StillClock {

  @Bean
  @Primary
  MovableClock movableClock() {
    return new MovableClock();
  }
}
