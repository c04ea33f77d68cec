package org.conflictmap.article;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Imports every .txt, .html and .htm file of a folder (not its subfolders), each in its own transaction, as the
 * user {@value #USER}: a refused file is reported and the others go on.
 */
@Service
public class FolderImport {
    /** The name the audit trail records for batch imports. */
    public static final String USER = "batch-import";

    private final ArticleService articles;

    FolderImport(ArticleService articles) {
        this.articles = articles;
    }

    /** One file's outcome: the import, or why it was refused. */
    public record FileResult(Path file, Imported imported, String error) {
    }

    public record Report(List<FileResult> files) {
        public long imported() {
            return files.stream().filter(f -> f.imported() != null).count();
        }

        public long failed() {
            return files.size() - imported();
        }

        public int pending() {
            return files.stream().filter(f -> f.imported() != null).mapToInt(f -> f.imported().pending()).sum();
        }
    }

    public Report importFolder(Path dir, PrintStream out) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException("Not a folder: " + dir);
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(Files::isRegularFile).filter(FolderImport::isArticle).sorted().toList();
        }
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(USER, null,
                AuthorityUtils.createAuthorityList("ROLE_EDITOR")));
        SecurityContextHolder.setContext(context);
        List<FileResult> results = new ArrayList<>();
        try {
            int i = 0;
            for (Path file : files) {
                i++;
                FileResult result = importFile(file);
                results.add(result);
                out.printf(Locale.ROOT, "[%d/%d] %s: %s%n", i, files.size(), file.getFileName(),
                        result.imported() != null ? "article " + result.imported().articleId() + ", "
                                + result.imported().pending() + " item(s) to review" : "REFUSED — " + result.error());
            }
        } finally {
            SecurityContextHolder.setContext(previous);
        }
        Report report = new Report(results);
        out.printf(Locale.ROOT, "Imported %d of %d file(s), %d item(s) to review, %d refused.%n", report.imported(),
                files.size(), report.pending(), report.failed());
        return report;
    }

    private FileResult importFile(Path file) {
        try {
            if (Files.size(file) > org.conflictmap.extract.ArticleBytes.MAX_BYTES) {
                return new FileResult(file, null, "The file is larger than "
                        + org.conflictmap.extract.ArticleBytes.MAX_BYTES / 1024 + " KiB.");
            }
            byte[] bytes = Files.readAllBytes(file);
            return new FileResult(file, articles.importArticle(bytes, file.getFileName().toString(), null,
                    ArticleMeta.none()), null);
        } catch (ArticleRefused e) {
            return new FileResult(file, null, e.getMessage());
        } catch (IOException e) {
            return new FileResult(file, null, "Could not read the file: " + e.getMessage());
        } catch (RuntimeException e) {
            return new FileResult(file, null, "Failed: " + e.getClass().getSimpleName());
        }
    }

    private static boolean isArticle(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".txt") || name.endsWith(".html") || name.endsWith(".htm");
    }
}
