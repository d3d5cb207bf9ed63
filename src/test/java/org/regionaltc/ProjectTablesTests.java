package org.regionaltc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Only the project module reads the project tables: other features ask {@code project.ProjectCatalog}, so that the
 * modularity test sees the dependency. SQL that names a project table anywhere else is a string constant in the
 * compiled class (text blocks and concatenations included), which this test reads from the class files' constant
 * pools. Reference tables (thematic areas, countries) stay shared.
 */
class ProjectTablesTests {

    private static final Pattern PROJECT_TABLE = Pattern.compile("(?i)\\b(tc_project|project_(country|sector|theme"
        + "|budget_year|endorsement|party|document|priority))\\b");

    @Test
    void noClassOutsideProjectNamesAProjectTable() throws IOException {
        List<String> offences = new ArrayList<>();
        for (Path file : classFiles()) {
            String name = className(file);
            if (!name.startsWith("org.regionaltc.project.")) {
                stringConstants(file).stream().filter(s -> PROJECT_TABLE.matcher(s).find())
                    .forEach(s -> offences.add(name + ": " + s.strip().replaceAll("\\s+", " ")));
            }
        }
        assertThat(offences).as("SQL naming a project table outside org.regionaltc.project").isEmpty();
    }

    @Test
    void theCheckSeesTheProjectCatalogsOwnQueries() throws IOException {
        Path catalog = classes().resolve("org/regionaltc/project/ProjectCatalog.class");
        assertThat(stringConstants(catalog)).anyMatch(s -> PROJECT_TABLE.matcher(s).find()
            && s.contains("FROM tc_project"));
    }

    private static Path classes() {
        try {
            return Path.of(Application.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Path> classFiles() throws IOException {
        try (Stream<Path> files = Files.walk(classes())) {
            return files.filter(f -> f.toString().endsWith(".class")).toList();
        }
    }

    private static String className(Path file) {
        String relative = classes().relativize(file).toString();
        return relative.substring(0, relative.length() - ".class".length()).replace(file.getFileSystem().getSeparator(), ".");
    }

    /** The strings of a class file's constant pool (JVM spec §4.4): every literal the code loads is among them. */
    static List<String> stringConstants(Path classFile) throws IOException {
        List<String> strings = new ArrayList<>();
        try (InputStream in = Files.newInputStream(classFile); DataInputStream data = new DataInputStream(in)) {
            data.readInt();
            data.readUnsignedShort();
            data.readUnsignedShort();
            int count = data.readUnsignedShort();
            for (int i = 1; i < count; i++) {
                int tag = data.readUnsignedByte();
                switch (tag) {
                    case 1 -> strings.add(data.readUTF());
                    case 7, 8, 16, 19, 20 -> data.skipBytes(2);
                    case 15 -> data.skipBytes(3);
                    case 3, 4, 9, 10, 11, 12, 17, 18 -> data.skipBytes(4);
                    case 5, 6 -> {
                        data.skipBytes(8);
                        i++;
                    }
                    default -> throw new IOException("unknown constant pool tag " + tag + " in " + classFile);
                }
            }
        }
        return strings;
    }
}
