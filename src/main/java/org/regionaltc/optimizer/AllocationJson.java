package org.regionaltc.optimizer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.regionaltc.system.Pure;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and writes the exchange format. Reading checks every field and names each fault by its path
 * ({@code projects[3].gap}) with a message code, so that bad input becomes an INVALID result, never an exception.
 */
@Pure
public final class AllocationJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private AllocationJson() {
    }

    /** A problem read, or the faults that kept it from being read. */
    public record Parsed(@Nullable AllocationProblem problem, String name, List<AllocationResult.Error> errors) {
        public boolean valid() {
            return problem != null && errors.isEmpty();
        }
    }

    public static Parsed readProblem(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            List<String> args = at == null ? List.of("?", "?")
                : List.of(String.valueOf(at.getLineNr()), String.valueOf(at.getColumnNr()));
            return new Parsed(null, "", List.of(error("$", "malformed-json", args)));
        }
        return new Reader().read(root);
    }

    public static String writeProblem(AllocationProblem problem) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("format", AllocationProblem.FORMAT);
        root.put("name", problem.name());
        root.put("currency", problem.currency());
        ObjectNode groups = root.putObject("groups");
        problem.groups().entrySet().stream().sorted(Map.Entry.comparingByKey())
            .forEach(g -> strings(groups.putArray(g.getKey()), g.getValue()));
        ArrayNode projects = root.putArray("projects");
        for (AllocationProblem.Project p : problem.projects()) {
            ObjectNode o = projects.addObject();
            o.put("id", p.id());
            o.put("gap", p.gap());
            o.put("value", p.value());
            strings(o.putArray("countries"), p.countries());
            o.put("theme", p.theme());
            o.put("sector", p.sector());
            o.put("cofinancing", p.cofinancing());
            if (p.minFraction() != null) {
                o.put("minFraction", p.minFraction());
            }
        }
        ArrayNode sources = root.putArray("sources");
        for (AllocationProblem.Source s : problem.sources()) {
            ObjectNode o = sources.addObject();
            o.put("id", s.id());
            nullableStrings(o, "themes", s.themes());
            nullableStrings(o, "countries", s.countries());
            nullableStrings(o, "sectors", s.sectors());
            o.put("maxGrant", s.maxGrant());
            o.put("cofinancingRatio", s.cofinancingRatio());
            o.put("envelope", s.envelope());
        }
        AllocationProblem.Policy policy = problem.policy();
        ObjectNode pol = root.putObject("policy");
        if (policy.maxSourcesPerProject() != null) {
            pol.put("maxSourcesPerProject", policy.maxSourcesPerProject());
        }
        pol.put("countryShareMax", policy.countryShareMax());
        ObjectNode floors = pol.putObject("groupShareMin");
        policy.groupShareMin().entrySet().stream().sorted(Map.Entry.comparingByKey())
            .forEach(g -> floors.put(g.getKey(), g.getValue()));
        strings(pol.putArray("mustFund"), policy.mustFund());
        if (problem.pairs() != null) {
            ArrayNode pairs = root.putArray("pairs");
            problem.pairs().forEach(l -> pairs.addObject().put("project", l.project()).put("source", l.source())
                .put("maxGrant", l.maxGrant()));
        }
        strings(pol.putArray("mustNotFund"), policy.mustNotFund());
        ArrayNode exclusive = pol.putArray("exclusive");
        policy.exclusive().forEach(pair -> strings(exclusive.addArray(), pair));
        return MAPPER.writeValueAsString(root);
    }

    public static String writeResult(AllocationResult result) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("format", AllocationResult.FORMAT);
        root.put("problem", result.problem());
        root.put("status", result.status().name());
        root.put("objective", result.objective());
        root.put("bound", result.bound());
        root.put("gap", result.gap());
        root.put("greedyObjective", result.greedyObjective());
        root.put("seconds", Math.round(result.seconds() * 1000) / 1000.0);
        ArrayNode allocations = root.putArray("allocations");
        result.allocations().forEach(a -> allocations.addObject().put("project", a.project())
            .put("source", a.source()).put("amount", a.amount()));
        ArrayNode unfunded = root.putArray("unfunded");
        result.unfunded().forEach(u -> {
            ObjectNode o = unfunded.addObject().put("project", u.project()).put("code", u.code());
            strings(o.putArray("args"), u.args());
            o.put("text", u.text());
        });
        ArrayNode binding = root.putArray("binding");
        result.binding().forEach(b -> binding.addObject().put("kind", b.kind()).put("id", b.id()));
        ArrayNode conflicts = root.putArray("conflicts");
        result.conflicts().forEach(c -> {
            ObjectNode o = conflicts.addObject().put("code", c.code());
            strings(o.putArray("args"), c.args());
            o.put("text", c.text());
        });
        ArrayNode errors = root.putArray("errors");
        result.errors().forEach(e -> {
            ObjectNode o = errors.addObject().put("path", e.path()).put("code", e.code());
            strings(o.putArray("args"), e.args());
            o.put("text", e.text());
        });
        return MAPPER.writeValueAsString(root);
    }

    /** Reads a result written by {@link #writeResult}; for saved scenarios and tests. */
    public static AllocationResult readResult(String json) {
        JsonNode r = MAPPER.readTree(json);
        List<AllocationResult.Allocation> allocations = new ArrayList<>();
        r.path("allocations").forEach(a -> allocations.add(new AllocationResult.Allocation(a.path("project").asString(),
            a.path("source").asString(), a.path("amount").asLong())));
        List<AllocationResult.Unfunded> unfunded = new ArrayList<>();
        r.path("unfunded").forEach(u -> unfunded.add(new AllocationResult.Unfunded(u.path("project").asString(),
            u.path("code").asString(), texts(u.path("args")), u.path("text").asString())));
        List<AllocationResult.Binding> binding = new ArrayList<>();
        r.path("binding").forEach(b -> binding.add(new AllocationResult.Binding(b.path("kind").asString(),
            b.path("id").asString())));
        List<AllocationResult.Message> conflicts = new ArrayList<>();
        r.path("conflicts").forEach(c -> conflicts.add(new AllocationResult.Message(c.path("code").asString(),
            texts(c.path("args")), c.path("text").asString())));
        List<AllocationResult.Error> errors = new ArrayList<>();
        r.path("errors").forEach(e -> errors.add(new AllocationResult.Error(e.path("path").asString(),
            e.path("code").asString(), texts(e.path("args")), e.path("text").asString())));
        return new AllocationResult(r.path("problem").asString(),
            AllocationResult.Status.valueOf(r.path("status").asString()), number(r.get("objective")),
            number(r.get("bound")), number(r.get("gap")), number(r.get("greedyObjective")),
            r.path("seconds").asDouble(), allocations, unfunded, binding, conflicts, errors);
    }

    static AllocationResult.Error error(String path, String code, List<String> args) {
        List<String> all = new ArrayList<>();
        all.add(path);
        all.addAll(args);
        return new AllocationResult.Error(path, code, args, EnglishText.of("error." + code, all));
    }

    private static @Nullable Double number(@Nullable JsonNode node) {
        return node == null || node.isNull() ? null : node.asDouble();
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asString()));
        return values;
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    private static void nullableStrings(ObjectNode o, String field, @Nullable List<String> values) {
        if (values == null) {
            o.putNull(field);
        } else {
            strings(o.putArray(field), values);
        }
    }

    /** One reading: collects every fault rather than stopping at the first. */
    private static final class Reader {
        private final List<AllocationResult.Error> errors = new ArrayList<>();
        /** Every project id read, also of projects with a fault elsewhere, so that the policy's faults are its own. */
        private final Set<String> projectIds = new HashSet<>();

        Parsed read(JsonNode root) {
            if (!root.isObject()) {
                fail("$", "not-an-object");
                return new Parsed(null, "", errors);
            }
            String name = optionalText(root, "name", "");
            JsonNode format = root.get("format");
            if (format != null && !(format.isString() && format.stringValue().equals(AllocationProblem.FORMAT))) {
                fail("format", "wrong-format", AllocationProblem.FORMAT);
            }
            String currency = optionalText(root, "currency", "");
            Map<String, List<String>> groups = groups(root.get("groups"));
            List<AllocationProblem.Project> projects = projects(root.get("projects"));
            List<AllocationProblem.Source> sources = sources(root.get("sources"));
            AllocationProblem.Policy policy = policy(root.get("policy"), groups.keySet(), projectIds);
            List<AllocationProblem.PairLimit> pairs = pairs(root.get("pairs"), sources);
            if (!errors.isEmpty()) {
                return new Parsed(null, name, errors);
            }
            return new Parsed(new AllocationProblem(name, currency, groups, projects, sources, policy, pairs), name,
                errors);
        }

        private @Nullable List<AllocationProblem.PairLimit> pairs(@Nullable JsonNode node,
                List<AllocationProblem.Source> sources) {
            if (node == null || node.isNull()) {
                return null;
            }
            if (!node.isArray()) {
                fail("pairs", "not-a-list");
                return null;
            }
            Set<String> sourceIds = new HashSet<>();
            sources.forEach(s -> sourceIds.add(s.id()));
            List<AllocationProblem.PairLimit> pairs = new ArrayList<>();
            for (int i = 0; i < node.size(); i++) {
                String path = "pairs[" + i + "]";
                JsonNode pair = node.get(i);
                if (!pair.isObject()) {
                    fail(path, "not-an-object");
                    continue;
                }
                String project = requiredText(pair, path + ".project", "project");
                String source = requiredText(pair, path + ".source", "source");
                Long most = amount(pair, path + ".maxGrant", false, true);
                if (project != null && !projectIds.contains(project)) {
                    fail(path + ".project", "unknown-project", project);
                } else if (source != null && !sourceIds.contains(source)) {
                    fail(path + ".source", "unknown-source", source);
                } else if (project != null && source != null && most != null) {
                    pairs.add(new AllocationProblem.PairLimit(project, source, most));
                }
            }
            return pairs;
        }

        private Map<String, List<String>> groups(@Nullable JsonNode node) {
            Map<String, List<String>> groups = new LinkedHashMap<>();
            if (node == null || node.isNull()) {
                return groups;
            }
            if (!node.isObject()) {
                fail("groups", "not-an-object");
                return groups;
            }
            for (Map.Entry<String, JsonNode> g : node.properties()) {
                List<String> countries = countries(g.getValue(), "groups." + g.getKey(), false);
                groups.put(g.getKey(), countries == null ? List.of() : countries);
            }
            return groups;
        }

        private List<AllocationProblem.Project> projects(@Nullable JsonNode node) {
            List<AllocationProblem.Project> projects = new ArrayList<>();
            if (node == null || !node.isArray()) {
                fail("projects", node == null ? "missing" : "not-a-list");
                return projects;
            }
            for (int i = 0; i < node.size(); i++) {
                String path = "projects[" + i + "]";
                JsonNode p = node.get(i);
                if (!p.isObject()) {
                    fail(path, "not-an-object");
                    continue;
                }
                String id = id(p, path, projectIds);
                Long gap = amount(p, path + ".gap", true, true);
                Double value = fraction(p.get("value"), path + ".value", true, false);
                List<String> countries = countries(p.get("countries"), path + ".countries", true);
                String theme = requiredText(p, path + ".theme", "theme");
                String sector = requiredText(p, path + ".sector", "sector");
                Long cofinancing = amount(p, path + ".cofinancing", false, true);
                Double minFraction = fraction(p.get("minFraction"), path + ".minFraction", false, true);
                if (id != null && gap != null && value != null && countries != null && theme != null && sector != null
                        && cofinancing != null) {
                    projects.add(new AllocationProblem.Project(id, gap, value, countries, theme, sector, cofinancing,
                        minFraction));
                }
            }
            return projects;
        }

        private List<AllocationProblem.Source> sources(@Nullable JsonNode node) {
            List<AllocationProblem.Source> sources = new ArrayList<>();
            if (node == null || !node.isArray()) {
                fail("sources", node == null ? "missing" : "not-a-list");
                return sources;
            }
            Set<String> ids = new HashSet<>();
            for (int j = 0; j < node.size(); j++) {
                String path = "sources[" + j + "]";
                JsonNode s = node.get(j);
                if (!s.isObject()) {
                    fail(path, "not-an-object");
                    continue;
                }
                String id = id(s, path, ids);
                Long envelope = amount(s, path + ".envelope", false, true);
                List<String> themes = optionalList(s.get("themes"), path + ".themes");
                JsonNode countriesNode = s.get("countries");
                List<String> countries = countriesNode == null || countriesNode.isNull() ? null
                    : countries(countriesNode, path + ".countries", false);
                List<String> sectors = optionalList(s.get("sectors"), path + ".sectors");
                Long maxGrant = s.get("maxGrant") == null || s.get("maxGrant").isNull() ? null
                    : amount(s, path + ".maxGrant", true, true);
                Double ratio = null;
                JsonNode r = s.get("cofinancingRatio");
                if (r != null && !r.isNull()) {
                    if (!r.isNumber()) {
                        fail(path + ".cofinancingRatio", "not-a-number");
                    } else if (!(r.doubleValue() > 0) || Double.isInfinite(r.doubleValue())) {
                        fail(path + ".cofinancingRatio", "not-positive");
                    } else {
                        ratio = r.doubleValue();
                    }
                }
                if (id != null && envelope != null) {
                    sources.add(new AllocationProblem.Source(id, envelope, themes, countries, sectors, maxGrant, ratio));
                }
            }
            return sources;
        }

        private AllocationProblem.Policy policy(@Nullable JsonNode node, Set<String> groups, Set<String> projects) {
            if (node == null || node.isNull()) {
                return AllocationProblem.Policy.NONE;
            }
            if (!node.isObject()) {
                fail("policy", "not-an-object");
                return AllocationProblem.Policy.NONE;
            }
            Integer maxSources = null;
            JsonNode k = node.get("maxSourcesPerProject");
            if (k != null && !k.isNull()) {
                if (!k.isIntegralNumber() || !k.canConvertToInt() || k.intValue() < 1) {
                    fail("policy.maxSourcesPerProject", "not-a-count");
                } else {
                    maxSources = k.intValue();
                }
            }
            Double countryMax = fraction(node.get("countryShareMax"), "policy.countryShareMax", false, false);
            Map<String, Double> floors = new LinkedHashMap<>();
            JsonNode g = node.get("groupShareMin");
            if (g != null && !g.isNull()) {
                if (!g.isObject()) {
                    fail("policy.groupShareMin", "not-an-object");
                } else {
                    for (Map.Entry<String, JsonNode> floor : g.properties()) {
                        String path = "policy.groupShareMin." + floor.getKey();
                        if (!groups.contains(floor.getKey())) {
                            fail(path, "unknown-group", floor.getKey());
                        }
                        Double f = fraction(floor.getValue(), path, true, false);
                        if (f != null) {
                            floors.put(floor.getKey(), f);
                        }
                    }
                }
            }
            List<String> mustFund = projectIds(node.get("mustFund"), "policy.mustFund", projects);
            List<String> mustNotFund = projectIds(node.get("mustNotFund"), "policy.mustNotFund", projects);
            List<List<String>> exclusive = new ArrayList<>();
            JsonNode pairs = node.get("exclusive");
            if (pairs != null && !pairs.isNull()) {
                if (!pairs.isArray()) {
                    fail("policy.exclusive", "not-a-list");
                } else {
                    for (int i = 0; i < pairs.size(); i++) {
                        String path = "policy.exclusive[" + i + "]";
                        JsonNode pair = pairs.get(i);
                        if (!pair.isArray() || pair.size() != 2) {
                            fail(path, "not-a-pair");
                            continue;
                        }
                        List<String> ids = projectIds(pair, path, projects);
                        if (ids.size() == 2) {
                            exclusive.add(ids);
                        }
                    }
                }
            }
            return new AllocationProblem.Policy(maxSources, countryMax, floors, mustFund, mustNotFund, exclusive);
        }

        private List<String> projectIds(@Nullable JsonNode node, String path, Set<String> projects) {
            List<String> ids = new ArrayList<>();
            if (node == null || node.isNull()) {
                return ids;
            }
            if (!node.isArray()) {
                fail(path, "not-a-list");
                return ids;
            }
            for (int i = 0; i < node.size(); i++) {
                JsonNode id = node.get(i);
                if (!id.isString()) {
                    fail(path + "[" + i + "]", "not-a-string");
                } else if (!projects.contains(id.stringValue())) {
                    fail(path + "[" + i + "]", "unknown-project", id.stringValue());
                } else {
                    ids.add(id.stringValue());
                }
            }
            return ids;
        }

        private @Nullable String id(JsonNode o, String path, Set<String> seen) {
            String id = requiredText(o, path + ".id", "id");
            if (id != null && !seen.add(id)) {
                fail(path + ".id", "duplicate-id", id);
                return null;
            }
            return id;
        }

        private @Nullable String requiredText(JsonNode o, String path, String field) {
            JsonNode v = o.get(field);
            if (v == null || v.isNull()) {
                fail(path, "missing");
                return null;
            }
            if (!v.isString() || v.stringValue().isBlank()) {
                fail(path, v.isString() ? "missing" : "not-a-string");
                return null;
            }
            return v.stringValue();
        }

        private String optionalText(JsonNode o, String field, String fallback) {
            JsonNode v = o.get(field);
            if (v == null || v.isNull()) {
                return fallback;
            }
            if (!v.isString()) {
                fail(field, "not-a-string");
                return fallback;
            }
            return v.stringValue();
        }

        /** A whole, non-negative amount (positive when {@code positive}); omitted is 0 unless {@code required}. */
        private @Nullable Long amount(JsonNode o, String path, boolean positive, boolean required) {
            JsonNode v = o.get(path.substring(path.lastIndexOf('.') + 1));
            if (v == null || v.isNull()) {
                if (required) {
                    fail(path, "missing");
                    return null;
                }
                return 0L;
            }
            if (!v.isNumber()) {
                fail(path, "not-a-number");
                return null;
            }
            double d = v.doubleValue();
            if (d < 0 || (positive && d <= 0)) {
                fail(path, positive ? "not-positive" : "negative");
                return null;
            }
            if (d != Math.rint(d) || d > 1e15) {
                fail(path, "not-whole");
                return null;
            }
            return (long) d;
        }

        private @Nullable Double fraction(@Nullable JsonNode v, String path, boolean required, boolean positive) {
            if (v == null || v.isNull()) {
                if (required) {
                    fail(path, "missing");
                }
                return null;
            }
            if (!v.isNumber()) {
                fail(path, "not-a-number");
                return null;
            }
            double d = v.doubleValue();
            if (!(d >= 0 && d <= 1) || (positive && d == 0)) {
                fail(path, "out-of-range", positive ? "0 (excluded)" : "0", "1");
                return null;
            }
            return d;
        }

        private @Nullable List<String> optionalList(@Nullable JsonNode v, String path) {
            if (v == null || v.isNull()) {
                return null;
            }
            if (!v.isArray()) {
                fail(path, "not-a-list");
                return null;
            }
            List<String> values = new ArrayList<>();
            for (int i = 0; i < v.size(); i++) {
                if (!v.get(i).isString()) {
                    fail(path + "[" + i + "]", "not-a-string");
                } else {
                    values.add(v.get(i).stringValue());
                }
            }
            return values;
        }

        private @Nullable List<String> countries(@Nullable JsonNode v, String path, boolean nonEmpty) {
            if (v == null || v.isNull()) {
                fail(path, "missing");
                return null;
            }
            List<String> codes = optionalList(v, path);
            if (codes == null) {
                return null;
            }
            for (int i = 0; i < codes.size(); i++) {
                if (!COUNTRIES.contains(codes.get(i))) {
                    fail(path + "[" + i + "]", "unknown-country", codes.get(i));
                }
            }
            if (nonEmpty && codes.isEmpty()) {
                fail(path, "empty");
            }
            return codes;
        }

        private void fail(String path, String code, String... args) {
            errors.add(error(path, code, List.of(args)));
        }
    }
}
