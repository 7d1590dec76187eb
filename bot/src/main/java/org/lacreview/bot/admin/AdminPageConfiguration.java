package org.lacreview.bot.admin;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves the staff page at {@code /admin}, the address staff are told, while the page
 * itself stays a static file.
 */
@Configuration(proxyBeanMethods = false)
class AdminPageConfiguration implements WebMvcConfigurer {

	@Override
	public void addViewControllers(ViewControllerRegistry registry) {
		registry.addViewController("/admin").setViewName("forward:/admin.html");
	}

}
