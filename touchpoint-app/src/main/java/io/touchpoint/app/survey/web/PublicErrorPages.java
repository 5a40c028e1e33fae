package io.touchpoint.app.survey.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors on the respondent's pages get a respondent's page, not the staff error page. The common one is a 403 from
 * the CSRF check when the session expired while the page was open (30 minutes by default): the respondent is told
 * that the page timed out and where to continue; pages sent before are saved.
 */
@Component
class PublicErrorPages implements ErrorViewResolver, Ordered {

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        Object path = model.get("path");
        if (!(path instanceof String p) || !p.startsWith("/public/s/")) {
            return null;
        }
        String[] parts = p.split("/");
        String code = parts.length > 3 ? parts[3] : null;
        ModelAndView view = new ModelAndView("public/refused", status);
        view.addObject("reason", status == HttpStatus.FORBIDDEN ? "SESSION" : "ERROR");
        // Only a well-formed survey key or token and response id are echoed back, as a link the template escapes.
        // The response id comes from the posted form, so an anonymous respondent continues their own response.
        String response = request.getParameter("response");
        String resume = response != null && response.matches("[0-9a-f-]{36}") ? "?r=" + response : "";
        view.addObject("restart", code != null && code.matches("[A-Za-z0-9._-]{1,120}") ? "/public/s/" + code + resume
                : null);
        return view;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
