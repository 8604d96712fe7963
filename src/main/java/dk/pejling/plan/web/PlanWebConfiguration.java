package dk.pejling.plan.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Puts the plan visibility guard in front of every handler. */
@Configuration
class PlanWebConfiguration implements WebMvcConfigurer {

    private final PlanVisibilityGuard guard;

    PlanWebConfiguration(PlanVisibilityGuard guard) {
        this.guard = guard;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(guard);
    }
}
