package org.regionaltc.funding;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.regionaltc.financing.Visibility;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Funding", description = "Exchange rates, the funding ledger, funding windows and co-financing")
class FundingApiController {

    record RateInput(@Nullable String currency, @Nullable LocalDate date, @Nullable BigDecimal usdPerUnit,
            @Nullable String source) {
    }

    record Imported(int rates) {
    }

    private final ExchangeRates rates;
    private final LedgerEntries ledger;
    private final LedgerImport ledgerImport;
    private final FundingWindows windows;
    private final Cofinancings cofinancing;

    FundingApiController(ExchangeRates rates, LedgerEntries ledger, LedgerImport ledgerImport, FundingWindows windows,
            Cofinancings cofinancing) {
        this.rates = rates;
        this.ledger = ledger;
        this.ledgerImport = ledgerImport;
        this.windows = windows;
        this.cofinancing = cofinancing;
    }

    @GetMapping("/api/exchange-rates")
    @Operation(summary = "Dated exchange rates: USD per 1 unit of the currency; an amount uses the latest rate on or before its date")
    List<ExchangeRates.Rate> rates() {
        return rates.findAll();
    }

    @PostMapping("/api/exchange-rates")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Enter or correct the rate of a currency on a date (secretariat)")
    ExchangeRates.Rate saveRate(@RequestBody RateInput input) {
        return rates.save(input.currency(), input.date(), input.usdPerUnit(), input.source(), false);
    }

    @PostMapping(path = "/api/exchange-rates/import", consumes = "text/csv")
    @Operation(summary = "Import rates from CSV (currency,date,usd_per_unit[,source]); nothing is written if a line is wrong")
    Imported importRates(@RequestBody String csv) {
        return new Imported(rates.importCsv(new StringReader(csv)));
    }

    @GetMapping("/api/ledger-entries")
    @Operation(summary = "Ledger entries the caller may see: all (secretariat), its own body's (donor), its countries' projects' (focal point)")
    List<LedgerEntry> entries(@RequestParam(required = false) @Nullable String body,
            @RequestParam(required = false) @Nullable Long project) {
        return ledger.findVisible(Visibility.current(), body, project);
    }

    @PostMapping("/api/ledger-entries")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a pledge, commitment, receipt, allotment or expenditure (secretariat); 409 when a commitment exceeds its window")
    LedgerEntry createEntry(@RequestBody LedgerDraft draft) {
        return ledger.create(draft, false);
    }

    @DeleteMapping("/api/ledger-entries/{entryId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a ledger entry entered by mistake (secretariat)")
    void deleteEntry(@PathVariable long entryId) {
        ledger.delete(entryId);
    }

    @PostMapping(path = "/api/ledger-entries/import", consumes = "text/csv")
    @Operation(summary = "Import ledger entries from CSV: mode DRY_RUN (default) lists errors per line and writes nothing; "
        + "ALL_OR_NOTHING writes only if every line is valid (400 otherwise); VALID_ONLY writes the valid lines. "
        + "Lines the ledger already has are skipped and listed in alreadyInLedger, in every mode. The file is UTF-8 "
        + "(or UTF-16 with a byte-order mark); charset=windows-1252 reads a file saved in that encoding")
    ResponseEntity<LedgerImport.Report> importEntries(@RequestBody byte[] csv,
            @Parameter(description = "DRY_RUN, ALL_OR_NOTHING or VALID_ONLY")
            @RequestParam(defaultValue = "DRY_RUN") LedgerImport.Mode mode,
            @Parameter(description = "UTF-8 (default) or windows-1252; a byte-order mark overrides it")
            @RequestParam(required = false) @Nullable String charset) {
        LedgerImport.Report report = ledgerImport.run(csv, LedgerImport.charset(charset), mode);
        HttpStatus status = mode == LedgerImport.Mode.DRY_RUN ? HttpStatus.OK
            : report.written() > 0 ? HttpStatus.CREATED
            : report.hasErrors() ? HttpStatus.BAD_REQUEST : HttpStatus.OK;
        return ResponseEntity.status(status).body(report);
    }

    @GetMapping("/api/funding-windows")
    @Operation(summary = "Funding windows with committed and remaining amounts (a donor sees its own body's)")
    List<FundingWindow> windows() {
        return windows.findVisible(Visibility.current());
    }

    @GetMapping("/api/funding-windows/{windowId}")
    @Operation(summary = "One funding window")
    FundingWindow window(@PathVariable long windowId) {
        FundingWindow window = windows.get(windowId);
        if (!FundingWindows.visibleTo(window, Visibility.current())) {
            throw new AccessDeniedException("funding window " + windowId + " belongs to another financing body");
        }
        return window;
    }

    @PostMapping("/api/funding-windows")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Open a funding window (secretariat)")
    FundingWindow createWindow(@RequestBody WindowDraft draft) {
        return windows.create(draft, false);
    }

    @PutMapping("/api/funding-windows/{windowId}")
    @Operation(summary = "Change a funding window (secretariat); send the version you read; 409 if the envelope would fall below what is committed")
    FundingWindow updateWindow(@PathVariable long windowId, @RequestBody WindowDraft draft) {
        return windows.update(windowId, draft);
    }

    @GetMapping("/api/cofinancing")
    @Operation(summary = "Co-financing contributions of the projects the caller may see")
    List<Cofinancing> cofinancing(@RequestParam(required = false) @Nullable Long project) {
        return cofinancing.findVisible(Visibility.current(), project);
    }

    @PostMapping("/api/cofinancing")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a co-financing contribution, cash or in kind (secretariat)")
    Cofinancing createCofinancing(@RequestBody Cofinancing.Draft draft) {
        return cofinancing.create(draft, false);
    }
}
