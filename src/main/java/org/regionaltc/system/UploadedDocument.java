package org.regionaltc.system;

import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A document a user attaches (a lesson's, an agreement's), checked before it is stored in the database: a name of at
 * most 200 characters without folders, not empty, not above the size limit (413), and of a type named by its
 * extension, whose content type is the one it is stored and served with (the browser's claim is not trusted).
 */
public record UploadedDocument(String name, String contentType) {

    public static final int MAX_NAME = 200;

    public static UploadedDocument check(String fileName, byte[] bytes, Map<String, String> types, int maxBytes) {
        String name = fileName.replaceAll("[\\\\/]", "_").strip();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw new InvalidInput("file", "error.file.name", MAX_NAME);
        }
        if (bytes.length == 0) {
            throw new InvalidInput("file", "error.file.empty", name);
        }
        if (bytes.length > maxBytes) {
            throw new ErrorResponseException(HttpStatus.CONTENT_TOO_LARGE,
                ProblemDetail.forStatus(HttpStatus.CONTENT_TOO_LARGE), null, "error.file.tooLarge",
                new Object[] {name, maxBytes / (1024 * 1024)});
        }
        int dot = name.lastIndexOf('.');
        String type = dot < 0 ? null : types.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
        if (type == null) {
            throw new InvalidInput("file", "error.file.type", name, String.join(", ", new TreeSet<>(types.keySet())));
        }
        return new UploadedDocument(name, type);
    }
}
