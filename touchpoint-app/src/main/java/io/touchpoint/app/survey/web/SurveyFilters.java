package io.touchpoint.app.survey.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the survey module's servlet filters on their paths only. */
@Configuration(proxyBeanMethods = false)
class SurveyFilters {

    /** Before Spring Security (order -100): a flood is turned away before sessions or CSRF tokens are made. */
    @Bean
    FilterRegistrationBean<PublicRateLimit> publicRateLimit(
            @Value("${touchpoint.survey.public-requests-per-minute:120}") long perMinute) {
        FilterRegistrationBean<PublicRateLimit> r = new FilterRegistrationBean<>(new PublicRateLimit(perMinute));
        r.addUrlPatterns("/public/*");
        r.setOrder(-110);
        r.setName("surveyPublicRateLimit");
        return r;
    }

    @Bean
    FilterRegistrationBean<PublicFormLimit> publicFormLimit(
            @Value("${server.tomcat.max-http-form-post-size:2MB}") org.springframework.util.unit.DataSize max) {
        FilterRegistrationBean<PublicFormLimit> r = new FilterRegistrationBean<>(new PublicFormLimit(max.toBytes()));
        r.addUrlPatterns("/public/*");
        r.setOrder(-109);
        r.setName("surveyPublicFormLimit");
        return r;
    }

    @Bean
    FilterRegistrationBean<ApiBodyLimit> surveyApiBodyLimit() {
        FilterRegistrationBean<ApiBodyLimit> r = new FilterRegistrationBean<>(new ApiBodyLimit());
        r.addUrlPatterns("/api/v1/surveys", "/api/v1/surveys/*");
        r.setOrder(-110);
        r.setName("surveyApiBodyLimit");
        return r;
    }
}
