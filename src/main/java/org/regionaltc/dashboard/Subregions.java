package org.regionaltc.dashboard;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The geographic sub-region of each country (Caribbean, Central America, South America), as the map's Natural
 * Earth file names it. Sub-regional groupings overlap (a country may belong to several), so the portfolio is
 * split by this one sub-region per country, whose parts add up to the whole.
 */
@Component
public class Subregions {

    static final String GEOJSON = "static/geo/lac-admin0-50m.geojson";
    static final String OTHER = "Other";

    private final Map<String, String> byCountry;

    Subregions(JsonMapper json) {
        this.byCountry = read(json);
    }

    public String of(String countryCode) {
        return byCountry.getOrDefault(countryCode, OTHER);
    }

    public Map<String, String> all() {
        return byCountry;
    }

    private static Map<String, String> read(JsonMapper json) {
        Map<String, String> result = new TreeMap<>();
        try (InputStream in = new ClassPathResource(GEOJSON).getInputStream()) {
            for (JsonNode feature : json.readTree(in).path("features")) {
                JsonNode properties = feature.path("properties");
                result.put(properties.path("iso_a2").asString(), properties.path("subregion").asString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(result);
    }
}
