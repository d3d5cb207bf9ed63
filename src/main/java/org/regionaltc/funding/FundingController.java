package org.regionaltc.funding;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.regionaltc.financing.ProjectFacts;
import org.regionaltc.project.ProjectTitles;
import org.regionaltc.financing.Visibility;
import org.regionaltc.reference.FinancingBodies;
import org.regionaltc.system.Confirmation;
import org.regionaltc.system.Conflict;
import org.regionaltc.system.Csv;
import org.regionaltc.system.InputErrors;
import org.regionaltc.system.InvalidInput;
import org.regionaltc.system.ListPage;
import org.regionaltc.system.RejectedForm;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.regionaltc.system.Text;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/** The pages of the money: exchange rates, the ledger and its CSV import, funding windows, co-financing. */
@Controller
class FundingController {

    private final ExchangeRates rates;
    private final LedgerEntries ledger;
    private final LedgerImport ledgerImport;
    private final FundingWindows windows;
    private final Cofinancings cofinancing;
    private final FinancingBodies bodies;
    private final ProjectFacts projects;
    private final FundingFigures figures;
    private final MessageSource messages;
    private final ProjectTitles titles;

    FundingController(ExchangeRates rates, LedgerEntries ledger, LedgerImport ledgerImport, FundingWindows windows,
            Cofinancings cofinancing, FinancingBodies bodies, ProjectFacts projects, FundingFigures figures,
            MessageSource messages, ProjectTitles titles) {
        this.messages = messages;
        this.titles = titles;
        this.rates = rates;
        this.ledger = ledger;
        this.ledgerImport = ledgerImport;
        this.windows = windows;
        this.cofinancing = cofinancing;
        this.bodies = bodies;
        this.projects = projects;
        this.figures = figures;
    }

    @GetMapping("/funding/rates")
    String rates(Model model) {
        List<ExchangeRates.Rate> all = rates.findAll();
        model.addAttribute("rates", all);
        model.addAttribute("showsSampleData", all.stream().anyMatch(ExchangeRates.Rate::sample));
        return "funding/rates";
    }

    @PostMapping("/funding/rates")
    String saveRate(@ModelAttribute FundingApiController.RateInput input, BindingResult errors,
            HttpServletRequest request, Model model, RedirectAttributes redirect) {
        RejectedForm rejected = RejectedForm.of("rate", request, errors);
        if (!errors.hasErrors()) {
            try {
                rates.save(input.currency(), input.date(), input.usdPerUnit(), input.source(), false);
                return Confirmation.redirect(redirect, "/funding/rates", "saved.rate",
                    Text.blankToNull(input.currency()) == null ? "" : input.currency().trim().toUpperCase(java.util.Locale.ROOT),
                    String.valueOf(input.date()));
            } catch (InvalidInput e) {
                rejected = rejected.with(e, request);
            }
        }
        model.addAttribute(RejectedForm.ATTRIBUTE, rejected);
        return rates(model);
    }

    @PostMapping("/funding/rates/import")
    String importRates(@RequestParam(name = "file", required = false) @Nullable MultipartFile file, Model model)
            throws IOException {
        if (file == null || file.isEmpty()) {
            model.addAttribute("errors", shown(new InvalidInput("file", "error.file.none")));
            return rates(model);
        }
        try {
            model.addAttribute("imported", rates.importCsv(reader(file)));
        } catch (InvalidInput e) {
            model.addAttribute("errors", shown(e));
        }
        return rates(model);
    }

    @GetMapping("/funding/ledger")
    String ledger(@RequestParam(required = false) @Nullable String body,
            @RequestParam(required = false) @Nullable Long project,
            @RequestParam(required = false) @Nullable String page, Model model) {
        Visibility visibility = Visibility.current();
        ListPage slice = ListPage.of(page, ledger.countVisible(visibility, Text.blankToNull(body), project));
        List<LedgerEntry> entries = ledger.findVisible(visibility, Text.blankToNull(body), project, slice.size(),
            slice.offset());
        model.addAttribute("slice", slice);
        titles.remember(entries.stream().map(LedgerEntry::projectId).filter(java.util.Objects::nonNull).toList());
        model.addAttribute("entries", entries);
        model.addAttribute("body", body);
        model.addAttribute("bodies", bodies.findAll());
        model.addAttribute("showsSampleData", entries.stream().anyMatch(LedgerEntry::sample));
        return "funding/ledger";
    }

    @GetMapping("/funding/ledger/new")
    String newEntry(Model model) {
        model.addAttribute("form", new LedgerDraft("COMMITMENT", null, null, null, null, "USD", null, null, null));
        return entryForm(model);
    }

    @PostMapping("/funding/ledger")
    String createEntry(@ModelAttribute("form") LedgerDraft form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                ledger.create(form, false);
                return Confirmation.redirect(redirect, "/funding/ledger", "saved.ledger",
                    Confirmation.text("enum.EntryType." + form.type()), form.currency(),
                    form.amount() == null ? "" : form.amount().toPlainString());
            } catch (InvalidInput e) {
                InputErrors.rejectInto(e, errors);
            } catch (Conflict e) {
                InputErrors.rejectInto(e, errors);
            }
        }
        return entryForm(model);
    }

    @PostMapping("/funding/ledger/{entryId}/delete")
    String deleteEntry(@PathVariable long entryId, RedirectAttributes redirect) {
        ledger.delete(entryId);
        return Confirmation.redirect(redirect, "/funding/ledger", "saved.ledger.deleted");
    }

    @GetMapping("/funding/ledger/import")
    String importForm(Model model) {
        model.addAttribute("csv", "");
        return importPage(model, "UTF-8");
    }

    /** An uploaded file is decoded here so that the page can show its text back for the import after a dry run. */
    @PostMapping("/funding/ledger/import")
    String importEntries(@RequestParam(required = false) @Nullable MultipartFile file,
            @RequestParam(required = false) @Nullable String csv,
            @RequestParam(defaultValue = "DRY_RUN") LedgerImport.Mode mode,
            @RequestParam(required = false) @Nullable String charset, Model model) throws IOException {
        String text = csv == null ? "" : csv;
        try {
            if (file != null && !file.isEmpty()) {
                text = Csv.decode(file.getBytes(), LedgerImport.charset(charset));
            }
            model.addAttribute("report", ledgerImport.run(new StringReader(text), mode));
        } catch (Csv.Unreadable e) {
            model.addAttribute("report", ledgerImport.unreadable(mode, e));
        } catch (InvalidInput e) {
            model.addAttribute("errors", shown(e));
        }
        model.addAttribute("csv", text);
        return importPage(model, charset == null ? "UTF-8" : charset);
    }

    private String importPage(Model model, String charset) {
        model.addAttribute("header", LedgerImport.HEADER);
        model.addAttribute("charset", charset);
        model.addAttribute("windows", windows.findVisible(Visibility.everything()));
        return "funding/import";
    }

    @GetMapping("/funding/windows")
    String windows(Model model) {
        List<FundingWindow> visible = windows.findVisible(Visibility.current());
        model.addAttribute("windows", visible);
        model.addAttribute("ratios", figures.ratiosByWindow());
        model.addAttribute("bodies", bodies.findAll());
        model.addAttribute("showsSampleData", visible.stream().anyMatch(FundingWindow::sample));
        return "funding/windows";
    }

    @PostMapping("/funding/windows")
    String createWindow(@ModelAttribute WindowDraft draft, BindingResult errors, HttpServletRequest request,
            Model model, RedirectAttributes redirect) {
        RejectedForm rejected = RejectedForm.of("window", request, errors);
        if (!errors.hasErrors()) {
            try {
                windows.create(draft, false);
                return Confirmation.redirect(redirect, "/funding/windows", "saved.window.created", draft.name());
            } catch (InvalidInput e) {
                rejected = rejected.with(e, request);
            }
        }
        model.addAttribute(RejectedForm.ATTRIBUTE, rejected);
        return windows(model);
    }

    @GetMapping("/funding/windows/{windowId}/edit")
    String editWindow(@PathVariable long windowId, Model model) {
        FundingWindow window = windows.get(windowId);
        model.addAttribute("window", window);
        model.addAttribute("form", new WindowDraft(window.bodyCode(), window.name(), window.periodStart(),
            window.periodEnd(), window.currency(), window.amount(), window.deadline(), window.earmarks(), window.version()));
        return "funding/window-form";
    }

    @PostMapping("/funding/windows/{windowId}")
    String updateWindow(@PathVariable long windowId, @ModelAttribute("form") WindowDraft form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        FundingWindow window = windows.get(windowId);
        if (!errors.hasErrors()) {
            try {
                windows.update(windowId, form);
                return Confirmation.redirect(redirect, "/funding/windows", "saved.window", form.name());
            } catch (InvalidInput e) {
                InputErrors.rejectInto(e, errors);
            } catch (Conflict e) {
                model.addAttribute("conflict", InputErrors.describe(e, messages, LocaleContextHolder.getLocale()));
                model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + "form");
                model.addAttribute("form", new WindowDraft(form.bodyCode(), form.name(), form.periodStart(),
                    form.periodEnd(), form.currency(), form.amount(), form.deadline(), form.earmarks(), window.version()));
            }
        }
        model.addAttribute("window", window);
        return "funding/window-form";
    }

    @PostMapping("/funding/cofinancing")
    String createCofinancing(@ModelAttribute Cofinancing.Draft draft, BindingResult errors,
            HttpServletRequest request, RedirectAttributes redirect) {
        String page = draft.projectId() == null ? "/mobilization" : "/mobilization/projects/" + draft.projectId();
        RejectedForm rejected = RejectedForm.of("cofinancing", request, errors);
        if (!errors.hasErrors()) {
            try {
                cofinancing.create(draft, false);
                return Confirmation.redirect(redirect, page, "saved.cofinancing", draft.currency(),
                    draft.amount() == null ? "" : draft.amount().toPlainString());
            } catch (InvalidInput e) {
                rejected = rejected.with(e, request);
            }
        }
        return rejected.redirect(redirect, draft.projectId() == null ? page : page + "#cofinancing");
    }

    private String entryForm(Model model) {
        model.addAttribute("types", EntryType.values());
        model.addAttribute("bodies", bodies.findAll());
        model.addAttribute("projects", projects.findAll());
        model.addAttribute("windows", windows.findVisible(Visibility.everything()));
        return "funding/entry-form";
    }

    private List<InputErrors.Shown> shown(InvalidInput refused) {
        return InputErrors.shown(refused.errors(), messages, LocaleContextHolder.getLocale());
    }

    private static Reader reader(MultipartFile file) throws IOException {
        return new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8);
    }

}
