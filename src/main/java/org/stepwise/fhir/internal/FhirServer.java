package org.stepwise.fhir.internal;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.RestfulServer;
import java.util.List;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** HAPI FHIR's plain server at {@code /fhir}, with the API's resource providers. */
@Configuration(proxyBeanMethods = false)
class FhirServer {

  @Bean
  FhirContext fhirContext() {
    return FhirContext.forR4();
  }

  @Bean
  ServletRegistrationBean<RestfulServer> fhirServlet(FhirContext context, List<IResourceProvider> providers,
      BundleProvider bundles) {
    var server = new RestfulServer(context);
    server.setResourceProviders(providers);
    server.registerProvider(bundles);
    server.registerInterceptor(new CapabilitySecurity());
    server.registerInterceptor(new ApiExceptions());
    server.setDefaultResponseEncoding(EncodingEnum.JSON);
    server.setServerName("Stepwise FHIR API");
    server.setImplementationDescription("Stepwise: electronic referrals in, status and feedback out");
    var registration = new ServletRegistrationBean<>(server, "/fhir/*");
    registration.setName("fhir");
    registration.setLoadOnStartup(1);
    return registration;
  }
}
