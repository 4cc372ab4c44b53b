package org.stepwise.fhir.internal;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.RestfulServer;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.util.ContentCachingResponseWrapper;

/** HAPI FHIR's plain server at {@code /fhir}, with the API's resource providers. */
@Configuration(proxyBeanMethods = false)
class FhirServer {

  @Bean
  FhirContext fhirContext() {
    return FhirContext.forR4();
  }

  @Bean
  ServletRegistrationBean<RestfulServer> fhirServlet(
      FhirContext context, List<IResourceProvider> providers, BundleProvider bundles) {
    RestfulServer server = new BufferedServer(context);
    server.setResourceProviders(providers);
    server.registerProvider(bundles);
    server.registerInterceptor(new CapabilitySecurity());
    server.registerInterceptor(new ApiExceptions());
    server.setDefaultResponseEncoding(EncodingEnum.JSON);
    server.setServerName("Stepwise FHIR API");
    server.setImplementationDescription(
        "Stepwise: electronic referrals in, status and feedback out");
    var registration = new ServletRegistrationBean<>(server, "/fhir/*");
    registration.setName("fhir");
    registration.setLoadOnStartup(1);
    return registration;
  }

  /**
   * Writes each answer in one piece, with its length. HAPI's JSON writer flushes after every field;
   * unbuffered, each flush was a chunked write to the network, about a third of the time spent
   * encoding an answer in profiles.
   */
  static final class BufferedServer extends RestfulServer {

    BufferedServer(FhirContext context) {
      super(context);
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
        throws ServletException, IOException {
      var buffered = new ContentCachingResponseWrapper(response);
      try {
        super.service(request, buffered);
      } finally {
        buffered.copyBodyToResponse();
      }
    }
  }
}
