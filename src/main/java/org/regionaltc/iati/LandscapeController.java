package org.regionaltc.iati;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The donor landscape is public: IATI data is. */
@Controller
class LandscapeController {

    private final DonorLandscape landscape;

    LandscapeController(DonorLandscape landscape) {
        this.landscape = landscape;
    }

    @GetMapping("/iati/landscape")
    String show(@RequestParam(defaultValue = "true") boolean industry, Model model) {
        model.addAttribute("rows", landscape.rows(industry));
        model.addAttribute("industry", industry);
        model.addAttribute("prospects", landscape.prospects());
        return "iati/landscape";
    }
}
