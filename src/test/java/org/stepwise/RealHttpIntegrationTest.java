package org.stepwise;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Like {@link StepwiseIntegrationTest}, but an application of its own, shared only by the classes
 * with this annotation: for tests of sessions and CSRF cookies over real HTTP. In the shared
 * application, Spring Security Test's MockMvc {@code csrf()} swaps the CSRF filter's cookie
 * repository for a session-backed one for good, so later real requests would make sessions the
 * application itself never makes. Classes here must not use MockMvc.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "stepwise.database.data-dir=",
      "stepwise.database.url=",
      "stepwise.test.own-context=real-http"
    })
@org.springframework.context.annotation.Import(TestTeams.class)
public @interface RealHttpIntegrationTest {}
