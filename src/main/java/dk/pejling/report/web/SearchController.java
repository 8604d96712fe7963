package dk.pejling.report.web;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** Search across all plans (søg): the page, and the same answer as JSON in the API. */
@Controller
class SearchController {

    private final PlanSearch search;

    SearchController(PlanSearch search) {
        this.search = search;
    }

    @GetMapping("/sog")
    String page(@RequestParam(required = false) @Nullable String q, Model model) {
        model.addAttribute("q", q == null ? "" : q.strip());
        model.addAttribute("result", q == null || q.isBlank() ? null : search.search(q));
        return "search";
    }

    @GetMapping(value = "/api/v1/search", produces = "application/json")
    @ResponseBody
    PlanSearch.Result api(@RequestParam(required = false, defaultValue = "") String q) {
        return search.search(q);
    }
}
