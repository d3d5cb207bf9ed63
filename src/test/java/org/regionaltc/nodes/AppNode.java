package org.regionaltc.nodes;

import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged jar started as its own process, as an operator starts a node: the tests that need whole processes
 * (two nodes on one database, kill -9, a database restart) run after {@code package}, under failsafe, and find the
 * jar in the system property {@code tc.jar}. Each node writes its log to a file of its working directory.
 */
public final class AppNode implements AutoCloseable {

    /** The PostgreSQL database of the -Ppostgres run, if this is one: the settings every node of a test shares. */
    public static Map<String, String> postgres() {
        Map<String, String> env = new HashMap<>();
        String profiles = System.getProperty("spring.profiles.active", "");
        if (profiles.contains("postgres")) {
            env.put("SPRING_PROFILES_ACTIVE", "postgres");
            for (String name : List.of("DB_URL", "DB_USER", "DB_PASSWORD", "DB_OWNER", "DB_OWNER_PASSWORD")) {
                String value = System.getenv(name);
                if (value != null) {
                    env.put(name, value);
                }
            }
        }
        return env;
    }

    public static boolean onPostgres() {
        return System.getProperty("spring.profiles.active", "").contains("postgres");
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private final String name;
    private final Path dir;
    private final int port;
    private final Process process;

    private AppNode(String name, Path dir, int port, Process process) {
        this.name = name;
        this.dir = dir;
        this.port = port;
        this.process = process;
    }

    /**
     * Starts the jar in {@code dir} (its ./data holds the H2 files unless {@code env} names another database) and
     * waits until it answers its health check. {@code env} adds to or replaces the environment: PORT is set here.
     */
    public static AppNode start(String name, Path dir, Map<String, String> env, String... javaOptions)
            throws IOException, InterruptedException {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m"));
        command.addAll(List.of(javaOptions));
        command.addAll(List.of("-jar", jar()));
        Files.createDirectories(dir);
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
            .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve(name + ".log").toFile()));
        environment(builder, env);
        builder.environment().put("PORT", String.valueOf(port));
        AppNode node = new AppNode(name, dir, port, builder.start());
        // Two nodes starting at once on a shared 2-core machine took over 4 minutes to answer.
        node.awaitUp(Duration.ofMinutes(8));
        return node;
    }

    /** What a CLI command printed, and how it exited. */
    public record CliRun(int exitCode, String output) {}

    /**
     * Runs a command of the jar's CLI against the database {@code env} names (the H2 files under {@code dir}
     * otherwise), with {@code stdin} as its input.
     */
    public static CliRun cli(Path dir, Map<String, String> env, String stdin, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar()));
        command.addAll(List.of(args));
        Files.createDirectories(dir);
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        environment(builder, env);
        Process process = builder.start();
        process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(4, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("the CLI did not finish: " + String.join(" ", args) + "\n" + output);
        }
        return new CliRun(process.exitValue(), output);
    }

    /** Creates an account through the CLI, as the README tells an operator to. */
    public static void addUser(Path dir, Map<String, String> env, String username, String role, String password,
            String... more) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("users", "add", "--username", username, "--name", username,
            "--role", role, "--password-stdin"));
        args.addAll(List.of(more));
        CliRun run = cli(dir, env, password + "\n", args.toArray(String[]::new));
        if (run.exitCode() != 0) {
            throw new IllegalStateException("users add " + username + " failed:\n" + run.output());
        }
    }

    private static String jar() {
        String jar = System.getProperty("tc.jar");
        if (jar == null || !Files.exists(Path.of(jar))) {
            throw new IllegalStateException("tc.jar names no jar (" + jar + "): run these tests with mvn verify");
        }
        return jar;
    }

    private static void environment(ProcessBuilder builder, Map<String, String> env) {
        Map<String, String> environment = builder.environment();
        for (String inherited : List.of("SPRING_PROFILES_ACTIVE", "DB_URL", "DB_USER", "DB_PASSWORD", "DB_OWNER",
                "DB_OWNER_PASSWORD", "TC_DEMO", "ADMIN_PASSWORD", "PORT")) {
            environment.remove(inherited);
        }
        environment.put("TC_DEMO", "false");
        environment.putAll(env);
    }

    private void awaitUp(Duration timeout) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + ":\n" + log());
            }
            try {
                if (http.send(HttpRequest.newBuilder(uri("/actuator/health")).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(300);
        }
        close();
        throw new IllegalStateException(name + " did not answer within " + timeout + ":\n" + log());
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public URI uri(String path) {
        return URI.create(baseUrl() + path);
    }

    public int port() {
        return port;
    }

    public Process process() {
        return process;
    }

    /** What the node printed so far. */
    public String log() {
        try {
            Path file = dir.resolve(name + ".log");
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return "(log unreadable: " + e + ")";
        }
    }

    /** kill -9: no shutdown hook, no connection closed cleanly. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            kill();
        }
    }

    // --- Faults (kill -9 mid-import, the database away): waiting on the log, calling the API as a program does.

    /** Waits until the node's log holds {@code text} (a pause point reached, say); fails after {@code timeout}. */
    public void awaitLog(String text, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (!log().contains(text)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited before logging '" + text + "':\n" + log());
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(name + " did not log '" + text + "' within " + timeout + ":\n" + log());
            }
            Thread.sleep(200);
        }
    }

    /** A request of the API signed in with HTTP Basic, as a program sends it. */
    public HttpRequest.Builder api(String path, String username, String password) {
        String basic = java.util.Base64.getEncoder()
            .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(120)).header("Authorization", "Basic " + basic);
    }

    /** A multipart/form-data body with one file field, for the upload endpoints. */
    public static HttpRequest.BodyPublisher multipart(String boundary, String field, String filename, byte[] content) {
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
            + filename + "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
        String tail = "\r\n--" + boundary + "--\r\n";
        return HttpRequest.BodyPublishers.ofByteArrays(List.of(head.getBytes(StandardCharsets.UTF_8), content,
            tail.getBytes(StandardCharsets.UTF_8)));
    }

    /** A browser's worth of HTTP: its own cookie jar, sign-in through the login form with its CSRF token. */
    public static final class Browser {

        private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

        private final CookieManager cookies = new CookieManager();
        private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
            .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();

        public CookieManager cookies() {
            return cookies;
        }

        public HttpResponse<String> get(AppNode node, String path) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(node.uri(path)).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
        }

        /** Posts a form, with the CSRF token of the page {@code formPage} read through the same node. */
        public HttpResponse<String> post(AppNode node, String formPage, String path, Map<String, String> fields)
                throws IOException, InterruptedException {
            Matcher token = CSRF.matcher(get(node, formPage).body());
            Map<String, String> all = new HashMap<>(fields);
            if (token.find()) {
                all.put("_csrf", token.group(1));
            }
            StringBuilder form = new StringBuilder();
            all.forEach((k, v) -> form.append(form.isEmpty() ? "" : "&")
                .append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
            return http.send(HttpRequest.newBuilder(node.uri(path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString())).build(), HttpResponse.BodyHandlers.ofString());
        }

        /** Signs in through the login form; returns where the application sent the browser. */
        public String signIn(AppNode node, String username, String password) throws IOException, InterruptedException {
            HttpResponse<String> response = post(node, "/login", "/login",
                Map.of("username", username, "password", password));
            return response.headers().firstValue("Location").orElse("(no redirect: " + response.statusCode() + ")");
        }
    }
}
