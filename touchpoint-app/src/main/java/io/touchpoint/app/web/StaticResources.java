package io.touchpoint.app.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/**
 * Static files under their own paths, instead of Spring Boot's default mapping of {@code /**} to
 * {@code classpath:/static/} (switched off by {@code spring.web.resources.add-mappings: false}). With the resource
 * chain on (webjars without versions in their URLs), every link a page renders is checked against the resource
 * handlers; under the catch-all pattern each page or form link ({@code /public/s/...}, {@code /customers/...}) was
 * looked up in the jar and, not being found, never cached: 16% of the request threads' CPU on the public survey pages
 * (JFR, bench/survey.sh). Named prefixes leave other links alone.
 */
@Configuration
class StaticResources implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        // With a resource chain each handler caches what it resolved: rendering a link to /css/app.css no longer
        // looks the file up in the jar on every page (8% of request-thread CPU on the survey pages before).
        registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/").resourceChain(true);
        registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/").resourceChain(true);
        registry.addResourceHandler("/img/**").addResourceLocations("classpath:/static/img/").resourceChain(true);
        registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/")
                .resourceChain(true).addResolver(new LiteWebJarsResourceResolver());
    }
}
