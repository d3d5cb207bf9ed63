package org.regionaltc.reference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.regionaltc.system.SignedInUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Reference data", description = "GRULAC countries, sub-regional groupings, thematic areas, IATI codelists, financing bodies")
class ReferenceApiController {

    private final Countries countries;
    private final Groupings groupings;
    private final ThematicAreas themes;
    private final Codelists codelists;
    private final FinancingBodies financingBodies;

    ReferenceApiController(Countries countries, Groupings groupings, ThematicAreas themes, Codelists codelists,
            FinancingBodies financingBodies) {
        this.countries = countries;
        this.groupings = groupings;
        this.themes = themes;
        this.codelists = codelists;
        this.financingBodies = financingBodies;
    }

    @GetMapping("/api/countries")
    @Operation(summary = "The 33 GRULAC member states, with names in English, Spanish, French and Portuguese")
    List<Country> countries() {
        return countries.findAll();
    }

    @GetMapping("/api/countries/{code}")
    @Operation(summary = "One country by its ISO 3166-1 alpha-2 code")
    Country country(@PathVariable String code) {
        return countries.get(code);
    }

    @PutMapping("/api/countries/{code}/profile")
    @Operation(summary = "Update a country's profile (its focal points and the secretariat); send the version you read")
    Country updateProfile(@PathVariable String code, @Valid @RequestBody CountryProfileForm form) {
        Country country = countries.get(code);
        if (SignedInUser.current().filter(u -> u.canActFor(country.code())).isEmpty()) {
            throw new AccessDeniedException("not a focal point of " + country.code());
        }
        return countries.updateProfile(country.code(), form.version(), form.profile());
    }

    @GetMapping("/api/groupings")
    @Operation(summary = "Sub-regional groupings and their member countries")
    List<Grouping> groupings() {
        return groupings.findAll();
    }

    @GetMapping("/api/themes")
    @Operation(summary = "Thematic areas of UNIDO's framework periods")
    List<ThematicArea> themes() {
        return themes.findAll();
    }

    @GetMapping("/api/codelists")
    @Operation(summary = "The IATI codelists loaded")
    List<Codelists.Codelist> codelists() {
        return codelists.findAll();
    }

    @GetMapping("/api/codelists/{name}")
    @Operation(summary = "Items of one IATI codelist, optionally filtered by code or name")
    List<Codelists.Item> codelist(@PathVariable String name, @RequestParam(required = false) @Nullable String q) {
        codelists.get(name);
        return codelists.items(name, q);
    }

    @GetMapping("/api/financing-bodies")
    @Operation(summary = "Financing bodies and donors")
    List<FinancingBody> financingBodies() {
        return financingBodies.findAll();
    }
}
