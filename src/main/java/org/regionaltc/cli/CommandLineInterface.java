package org.regionaltc.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.jspecify.annotations.Nullable;
import org.regionaltc.account.AccountAdministration;
import org.regionaltc.alignment.Alignment;
import org.regionaltc.iati.IatiCommand;
import org.regionaltc.iati.IatiExport;
import org.regionaltc.iati.IatiImport;
import org.regionaltc.optimizer.OptimizeCommand;
import org.regionaltc.project.ProjectStatus;
import org.regionaltc.project.ProjectSummaries;
import org.regionaltc.system.Csv;
import org.regionaltc.system.Conflict;
import org.regionaltc.system.InputErrors;
import org.regionaltc.system.InvalidInput;
import org.springframework.context.MessageSource;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code java -jar regional-tc.jar <command>}: batch work on the same database, without the web server.
 * Exit codes: 0 done, 1 refused input (the message names the field), 2 a usage error.
 */
@Command(name = "regional-tc", mixinStandardHelpOptions = true, version = "regional-tc 0.1.0",
    description = "Command line of the regional technical cooperation programme. Without a command, "
        + "'java -jar regional-tc.jar' starts the web application.",
    subcommands = {CommandLineInterface.Users.class, CommandLineInterface.Projects.class, CommandLineInterface.Db.class,
        CommandLineInterface.Search.class, IatiCommand.class, OptimizeCommand.class,
        CommandLine.HelpCommand.class})
public final class CommandLineInterface implements Runnable {

    private static final Set<String> OPTIONS = Set.of("--help", "-h", "--version", "-V");

    @CommandLine.Spec
    CommandLine.Model.@Nullable CommandSpec spec;

    /** Reached only without any argument, which main() leaves to the server: a usage error listing the commands. */
    @Override
    public void run() {
        throw missingCommand(spec);
    }

    /** A group of commands named without one of its commands is a usage error that lists them. */
    private static CommandLine.ParameterException missingCommand(CommandLine.Model.@Nullable CommandSpec spec) {
        CommandLine line = java.util.Objects.requireNonNull(spec).commandLine();
        return new CommandLine.ParameterException(line, "Missing a command: one of "
            + String.join(", ", line.getSubcommands().keySet()));
    }

    /**
     * Whether the arguments are for the command line rather than the web server: a first argument that is not an
     * option ({@code --server.port=9090} and the like start the server) names a command, or a mistyped one.
     */
    public static boolean isCommand(String[] args) {
        return args.length > 0 && (!args[0].startsWith("-") || OPTIONS.contains(args[0]));
    }

    /** Runs a command; {@code application} is the Spring Boot application class whose context commands use. */
    public static int run(Class<?> application, String... args) {
        return run(application, new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    static int run(Class<?> application, PrintWriter out, PrintWriter err, String... args) {
        try (Spring spring = new Spring(application)) {
            CommandLine cli = new CommandLine(new CommandLineInterface(), new Factory(spring));
            cli.setOut(out);
            cli.setErr(err);
            if (args.length > 0 && !args[0].startsWith("-") && !cli.getSubcommands().containsKey(args[0])) {
                err.println("unknown command " + args[0] + "; the commands are: "
                    + String.join(", ", cli.getSubcommands().keySet()));
                err.println("Run with --help for their usage.");
                return 2;
            }
            cli.setExecutionExceptionHandler((e, command, parsed) -> {
                if (e instanceof InvalidInput refused) {
                    // The command line answers in English, whatever the machine's locale.
                    command.getErr().println("error: " + InputErrors.describe(refused, spring.messages(),
                        Locale.ENGLISH));
                    return 1;
                }
                if (e instanceof Conflict conflict) {
                    command.getErr().println("error: " + InputErrors.describe(conflict, spring.messages(),
                        Locale.ENGLISH));
                    return 1;
                }
                throw e;
            });
            return cli.execute(args);
        }
    }

    /** Starts the application context, without a web server, the first time a command needs it. */
    static final class Spring implements AutoCloseable {
        private final Class<?> application;
        private @Nullable ConfigurableApplicationContext context;
        private @Nullable ConfigurableApplicationContext configuration;

        Spring(Class<?> application) {
            this.application = application;
        }

        <T> T bean(Class<T> type) {
            if (context == null) {
                context = new SpringApplicationBuilder(application)
                    .web(WebApplicationType.NONE)
                    .bannerMode(Banner.Mode.OFF)
                    .logStartupInfo(false)
                    .properties("logging.level.root=WARN", "logging.level.org.regionaltc=WARN")
                    .run();
            }
            return context.getBean(type);
        }

        /**
         * The messages, without starting the application when it is not running: a refused backup or restore must
         * not migrate, or even reach, the database it refused.
         */
        MessageSource messages() {
            if (context != null) {
                return context.getBean(MessageSource.class);
            }
            org.springframework.context.support.ResourceBundleMessageSource messages =
                new org.springframework.context.support.ResourceBundleMessageSource();
            messages.setBasenames(environment().getProperty("spring.messages.basename", "messages").split(","));
            messages.setDefaultEncoding("UTF-8");
            messages.setFallbackToSystemLocale(false);
            return messages;
        }

        /** The database the configuration points at (application.properties, the profile, DB_URL and the rest). */
        DatabaseBackup.Database database() {
            org.springframework.core.env.Environment environment = environment();
            return new DatabaseBackup.Database(environment.getRequiredProperty("spring.datasource.url"),
                environment.getProperty("spring.datasource.username", "sa"),
                environment.getProperty("spring.datasource.password", ""));
        }

        /** The configuration alone: an application with no beans, so that nothing connects to the database. */
        private org.springframework.core.env.Environment environment() {
            if (context != null) {
                return context.getEnvironment();
            }
            if (configuration == null) {
                configuration = new SpringApplicationBuilder(Configuration.class)
                    .web(WebApplicationType.NONE)
                    .bannerMode(Banner.Mode.OFF)
                    .logStartupInfo(false)
                    .properties("logging.level.root=WARN", "logging.level.org.regionaltc=WARN")
                    .run();
            }
            return configuration.getEnvironment();
        }

        @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
        static class Configuration {
        }

        @Override
        public void close() {
            if (context != null) {
                context.close();
            }
            if (configuration != null) {
                configuration.close();
            }
        }
    }

    private record Factory(Spring spring) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (type == Users.Add.class) {
                return type.cast(new Users.Add(() -> spring.bean(AccountAdministration.class)));
            }
            if (type == Users.ListCommand.class) {
                return type.cast(new Users.ListCommand(() -> spring.bean(AccountAdministration.class)));
            }
            if (type == Projects.ListCommand.class) {
                return type.cast(new Projects.ListCommand(() -> spring.bean(ProjectSummaries.class),
                    () -> spring.bean(Alignment.class)));
            }
            if (type == Search.class) {
                return type.cast(new Search(() -> spring.bean(org.regionaltc.knowledge.SearchIndex.class)));
            }
            if (type == IatiCommand.Import.class) {
                return type.cast(new IatiCommand.Import(() -> spring.bean(IatiImport.class)));
            }
            if (type == IatiCommand.Export.class) {
                return type.cast(new IatiCommand.Export(() -> spring.bean(IatiExport.class)));
            }
            if (type == Db.Backup.class) {
                return type.cast(new Db.Backup(spring::database));
            }
            if (type == Db.Restore.class) {
                return type.cast(new Db.Restore(spring::database));
            }
            if (type == Db.Migrate.class) {
                return type.cast(new Db.Migrate(() -> spring.bean(Flyway.class)));
            }
            return CommandLine.defaultFactory().create(type);
        }
    }

    @Command(name = "users", description = "Manage user accounts.", mixinStandardHelpOptions = true,
        subcommands = {Users.Add.class, Users.ListCommand.class})
    static final class Users implements Runnable {

        @CommandLine.Spec
        CommandLine.Model.@Nullable CommandSpec spec;

        @Override
        public void run() {
            throw missingCommand(spec);
        }

        @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Create a user account. The password is read from standard input with --password-stdin, "
                + "else from the environment variable TC_PASSWORD, else generated and printed once.")
        static final class Add implements Callable<Integer> {
            @Option(names = "--username", required = true, description = "Sign-in name (3-60 of A-Z a-z 0-9 . _ @ -)")
            String username = "";
            @Option(names = "--name", required = true, description = "Display name")
            String displayName = "";
            @Option(names = "--email", description = "E-mail address")
            @Nullable String email;
            @Option(names = "--role", required = true, description = "ADMIN, OFFICER, FOCAL_POINT or DONOR")
            String role = "";
            @Option(names = "--country", description = "ISO code of a country a focal point acts for (repeatable)")
            List<String> countries = new ArrayList<>();
            @Option(names = "--financing-body", description = "Code of the financing body a donor account sees")
            @Nullable String financingBody;
            @Option(names = "--password-stdin", description = "Read the password from the first line of standard input")
            boolean passwordFromStdin;
            @CommandLine.Spec
            CommandLine.Model.@Nullable CommandSpec spec;

            private final java.util.function.Supplier<AccountAdministration> administration;

            Add(java.util.function.Supplier<AccountAdministration> administration) {
                this.administration = administration;
            }

            @Override
            public Integer call() throws IOException {
                PrintWriter out = spec.commandLine().getOut();
                String password = password();
                boolean generated = password == null;
                if (generated) {
                    password = AccountAdministration.generatePassword();
                }
                long id = administration.get().create(username, password, displayName, email, role, countries,
                    financingBody);
                out.println("Created user " + username + " (id " + id + ", " + role.toUpperCase() + ")");
                if (generated) {
                    out.println("Generated password (shown once): " + password);
                }
                return 0;
            }

            private @Nullable String password() throws IOException {
                if (passwordFromStdin) {
                    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
                    String line = in.readLine();
                    if (line == null) {
                        throw new InvalidInput("password", "error.cli.noPassword");
                    }
                    return line;
                }
                String fromEnv = System.getenv("TC_PASSWORD");
                return fromEnv == null || fromEnv.isEmpty() ? null : fromEnv;
            }
        }

        @Command(name = "list", mixinStandardHelpOptions = true, description = "List user accounts as a table.")
        static final class ListCommand implements Callable<Integer> {
            @CommandLine.Spec
            CommandLine.Model.@Nullable CommandSpec spec;

            private final java.util.function.Supplier<AccountAdministration> administration;

            ListCommand(java.util.function.Supplier<AccountAdministration> administration) {
                this.administration = administration;
            }

            @Override
            public Integer call() {
                PrintWriter out = spec.commandLine().getOut();
                List<AccountAdministration.Listing> accounts = administration.get().list();
                String format = "%-6s %-24s %-12s %-30s %-12s %s%n";
                out.printf(format, "ID", "USERNAME", "ROLE", "NAME", "BOUND TO", "STATUS");
                for (AccountAdministration.Listing a : accounts) {
                    String bound = a.financingBody() != null ? a.financingBody() : String.join(",", a.countries());
                    out.printf(format, a.id(), a.username(), a.role(), a.displayName(), bound,
                        a.enabled() ? "enabled" : "disabled");
                }
                out.println(accounts.size() + " account(s)");
                return 0;
            }
        }
    }

    @Command(name = "projects", description = "TC projects.", mixinStandardHelpOptions = true,
        subcommands = Projects.ListCommand.class)
    static final class Projects implements Runnable {

        @CommandLine.Spec
        CommandLine.Model.@Nullable CommandSpec spec;

        @Override
        public void run() {
            throw missingCommand(spec);
        }

        @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List projects with their status, budget and alignment score, as a table or CSV.")
        static final class ListCommand implements Callable<Integer> {
            @Option(names = "--country", description = "Only projects with this recipient country (ISO code)")
            @Nullable String country;
            @Option(names = "--theme", description = "Only projects in this thematic area (or its sub-themes)")
            @Nullable String theme;
            @Option(names = "--status", description = "Only projects in this status, e.g. IMPLEMENTATION")
            @Nullable ProjectStatus status;
            @Option(names = "--format", defaultValue = "table", description = "table or csv (default: ${DEFAULT-VALUE})")
            String format = "table";
            @CommandLine.Spec
            CommandLine.Model.@Nullable CommandSpec spec;

            private final java.util.function.Supplier<ProjectSummaries> summaries;
            private final java.util.function.Supplier<Alignment> alignment;

            ListCommand(java.util.function.Supplier<ProjectSummaries> summaries,
                    java.util.function.Supplier<Alignment> alignment) {
                this.summaries = summaries;
                this.alignment = alignment;
            }

            @Override
            public Integer call() {
                if (!format.equals("table") && !format.equals("csv")) {
                    throw new InvalidInput("format", "error.cli.format");
                }
                PrintWriter out = spec.commandLine().getOut();
                List<ProjectSummaries.ProjectSummary> projects = summaries.get()
                    .findAll(new ProjectSummaries.Filter(country, theme, status, null, null));
                java.util.Map<Long, Double> scores = alignment.get().ofAllProjects();
                if (format.equals("csv")) {
                    out.print(Csv.write(List.of("identifier", "title", "status", "countries", "currency",
                        "total_budget", "alignment"), projects, p -> java.util.Arrays.asList(p.identifier(), p.titleEn(),
                        p.status(), p.countries(), p.currency(), p.totalBudget(), score(scores, p.id()))));
                    out.flush();
                    return 0;
                }
                String row = "%-32s %-26s %-15s %16s %9s  %s%n";
                out.printf(row, "IDENTIFIER", "STATUS", "COUNTRIES", "BUDGET", "ALIGNMENT", "TITLE");
                for (ProjectSummaries.ProjectSummary p : projects) {
                    out.printf(row, p.identifier(), p.status(), p.countries(),
                        p.currency() + " " + p.totalBudget().toBigInteger(), score(scores, p.id()), p.titleEn());
                }
                out.println(projects.size() + " project(s)");
                return 0;
            }

            private static String score(java.util.Map<Long, Double> scores, long id) {
                Double score = scores.get(id);
                return score == null ? "" : String.valueOf(Math.round(score));
            }
        }
    }

    @Command(name = "search", mixinStandardHelpOptions = true,
        description = "Search lessons, projects, priorities, meetings and decisions as the secretariat sees them. "
            + "Exit code 0 when something is found, 1 when nothing is.")
    static final class Search implements Callable<Integer> {
        @CommandLine.Parameters(index = "0", paramLabel = "QUERY", description = "The words to search for")
        String query = "";
        @Option(names = "--lang", description = "Language of the words: en, es, fr or pt (default: all four)")
        @Nullable String lang;
        @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
        String format = "text";
        @Option(names = "--size", defaultValue = "20", description = "How many hits to show (default: ${DEFAULT-VALUE})")
        int size = 20;
        @CommandLine.Spec
        CommandLine.Model.@Nullable CommandSpec spec;

        private final java.util.function.Supplier<org.regionaltc.knowledge.SearchIndex> index;

        Search(java.util.function.Supplier<org.regionaltc.knowledge.SearchIndex> index) {
            this.index = index;
        }

        @Override
        public Integer call() {
            if (!format.equals("text") && !format.equals("json")) {
                throw new InvalidInput("format", "error.cli.searchFormat");
            }
            java.util.Locale locale = lang == null ? java.util.Locale.ENGLISH : java.util.Locale.of(lang);
            org.regionaltc.knowledge.SearchIndex.Result result = index.get().searchEverything(
                new org.regionaltc.knowledge.SearchIndex.Request(query, lang, null, null, null, 1, size), locale);
            PrintWriter out = java.util.Objects.requireNonNull(spec).commandLine().getOut();
            if (format.equals("json")) {
                out.println(tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(result));
            } else {
                for (org.regionaltc.knowledge.SearchIndex.Hit hit : result.hits()) {
                    out.printf("%-9s %7d  %6.2f  %s%n          %s%n", hit.type(), hit.id(), hit.score(), hit.title(),
                        org.springframework.web.util.HtmlUtils.htmlUnescape(hit.snippet().replace("<mark>", "[")
                            .replace("</mark>", "]")).replaceAll("\\s+", " "));
                }
                out.println(result.total() + " hit(s)");
            }
            out.flush();
            return result.total() > 0 ? 0 : 1;
        }
    }

    @Command(name = "db", description = "Database maintenance.", mixinStandardHelpOptions = true,
        subcommands = {Db.Migrate.class, Db.Backup.class, Db.Restore.class})
    static final class Db implements Runnable {

        @CommandLine.Spec
        CommandLine.Model.@Nullable CommandSpec spec;

        @Override
        public void run() {
            throw missingCommand(spec);
        }

        @Command(name = "backup", mixinStandardHelpOptions = true,
            description = "Write a consistent copy of the embedded H2 database, audit trail included, to a gzipped SQL "
                + "script; works while the server runs. On PostgreSQL, use pg_dump (see README, \"Backups\").")
        static final class Backup implements Callable<Integer> {
            @Option(names = "--output", required = true, description = "The file to write, e.g. regional-tc.sql.gz")
            Path output = Path.of("");
            @CommandLine.Spec
            CommandLine.Model.@Nullable CommandSpec spec;

            private final java.util.function.Supplier<DatabaseBackup.Database> database;

            Backup(java.util.function.Supplier<DatabaseBackup.Database> database) {
                this.database = database;
            }

            @Override
            public Integer call() throws Exception {
                PrintWriter out = java.util.Objects.requireNonNull(spec).commandLine().getOut();
                DatabaseBackup.Database db = database.get();
                out.println("Backing up " + db.url());
                DatabaseBackup.backup(db, output.toAbsolutePath(), out);
                return 0;
            }
        }

        @Command(name = "restore", mixinStandardHelpOptions = true,
            description = "Replace the embedded H2 database by a backup of 'db backup'. Refused while the server runs: "
                + "stop it first. The database replaced is kept beside the restored one, and an older backup is "
                + "migrated on the next start. On PostgreSQL, use pg_restore (see README, \"Backups\").")
        static final class Restore implements Callable<Integer> {
            @Option(names = "--input", required = true, description = "A file written by 'db backup'")
            Path input = Path.of("");
            @CommandLine.Spec
            CommandLine.Model.@Nullable CommandSpec spec;

            private final java.util.function.Supplier<DatabaseBackup.Database> database;

            Restore(java.util.function.Supplier<DatabaseBackup.Database> database) {
                this.database = database;
            }

            @Override
            public Integer call() throws Exception {
                PrintWriter out = java.util.Objects.requireNonNull(spec).commandLine().getOut();
                DatabaseBackup.Database db = database.get();
                out.println("Restoring " + db.url() + " from " + input);
                DatabaseBackup.restore(db, input.toAbsolutePath(), out);
                return 0;
            }
        }

        @Command(name = "migrate", mixinStandardHelpOptions = true,
            description = "Apply pending Flyway migrations (and load reference data) to the configured database.")
        static final class Migrate implements Callable<Integer> {
            @CommandLine.Spec
            CommandLine.Model.@Nullable CommandSpec spec;

            private final java.util.function.Supplier<Flyway> flyway;

            Migrate(java.util.function.Supplier<Flyway> flyway) {
                this.flyway = flyway;
            }

            @Override
            public Integer call() {
                PrintWriter out = spec.commandLine().getOut();
                Flyway db = flyway.get();
                db.migrate();
                MigrationInfo current = db.info().current();
                Function<MigrationInfo, String> describe = m -> m.getVersion() + " " + m.getDescription();
                out.println("Database is at version " + (current == null ? "none" : describe.apply(current))
                    + " (" + db.info().applied().length + " migrations applied, " + db.info().pending().length
                    + " pending)");
                return 0;
            }
        }
    }
}
