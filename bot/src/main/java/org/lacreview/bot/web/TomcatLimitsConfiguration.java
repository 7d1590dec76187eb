package org.lacreview.bot.web;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;

import org.apache.coyote.http11.AbstractHttp11Protocol;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What Tomcat itself must do so that a slow client holds a bounded share of the server:
 * its connector caps the connections per client at accept
 * ({@link PerAddressNioProtocol}), waits at most {@code body-read-timeout} for the next
 * bytes of a body, and closes rather than swallows a body nobody read
 * ({@link UnreadBodyValve}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(TomcatServletWebServerFactory.class)
class TomcatLimitsConfiguration {

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> tomcatLimits(WebSettings settings, ClientAddress clients,
			MeterRegistry meters) {
		return factory -> {
			factory.setProtocol(PerAddressNioProtocol.class.getName());
			// On the engine, around the host's error-page handling: closing marks the
			// exchange as failed, which a
			// host valve would answer by rendering an error page over the reply already
			// written.
			factory.addEngineValves(new UnreadBodyValve());
			factory.addConnectorCustomizers(connector -> {
				if (connector.getProtocolHandler() instanceof PerAddressNioProtocol capped) {
					capped.limitConnections(settings.maxConnectionsPerClient(), clients::isExemptOrTrusted);
					FunctionCounter
						.builder("chatbot.http.connections.refused", capped, PerAddressNioProtocol::refusedConnections)
						.description("connections closed when accepted because their client already had the most open")
						.register(meters);
				}
				if (connector.getProtocolHandler() instanceof AbstractHttp11Protocol<?> http) {
					// Off by default: a body read would then wait up to
					// connection-timeout for each next byte.
					http.setDisableUploadTimeout(false);
					http.setConnectionUploadTimeout((int) settings.bodyReadTimeout().toMillis());
				}
			});
		};
	}

}
