package dk.pejling.report.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.core.convert.ConversionService;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.RequestContext;
import org.thymeleaf.context.WebExpressionContext;
import org.thymeleaf.spring6.ISpringTemplateEngine;
import org.thymeleaf.spring6.context.webmvc.SpringWebMvcThymeleafRequestContext;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.spring6.naming.SpringContextVariableNames;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * Writes one fragment of a page template to a string, with the same variables, messages, links and
 * bean references the view would give it, so that a fragment can be kept and sent again. Only a
 * fragment that holds nothing of the one asking (no CSRF token, no name, no role) may be kept: the
 * dashboard's results are such a fragment, the layout around them is not.
 */
@Component
class FragmentWriter {

    private final ISpringTemplateEngine engine;
    private final ApplicationContext application;

    FragmentWriter(ISpringTemplateEngine engine, ApplicationContext application) {
        this.engine = engine;
        this.application = application;
    }

    /** The fragment of the template, or the whole template where {@code fragment} is null. */
    String write(String template, @Nullable String fragment, Map<String, ?> model, Locale locale,
            HttpServletRequest request, HttpServletResponse response) {
        Map<String, Object> variables = new HashMap<>(model);
        RequestContext requestContext = new RequestContext(request, response, request.getServletContext(), variables);
        variables.put(SpringContextVariableNames.SPRING_REQUEST_CONTEXT, requestContext);
        variables.put(SpringContextVariableNames.THYMELEAF_REQUEST_CONTEXT,
                new SpringWebMvcThymeleafRequestContext(requestContext, request));
        variables.put(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(application,
                        (ConversionService) request.getAttribute(ConversionService.class.getName()),
                        engine.getAllowedClassOverridesForViews()));
        WebExpressionContext context = new WebExpressionContext(engine.getConfiguration(),
                JakartaServletWebApplication.buildApplication(request.getServletContext()).buildExchange(request, response),
                locale, variables);
        return engine.process(template, fragment == null ? null : Set.of(fragment), context);
    }
}
