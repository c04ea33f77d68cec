package org.conflictmap.article;

import java.nio.file.Path;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Batch mode: {@code --conflictmap.import.articles=DIR} imports the folder's articles after start-up (gazetteer and
 * demo data first), prints progress and a summary, and exits — with status 1 when a file was refused.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "conflictmap.import.articles")
class FolderImportRunner implements ApplicationRunner {
    private final FolderImport folderImport;
    private final ConfigurableApplicationContext context;
    private final String dir;

    FolderImportRunner(FolderImport folderImport, ConfigurableApplicationContext context,
                       org.springframework.core.env.Environment env) {
        this.folderImport = folderImport;
        this.context = context;
        this.dir = env.getRequiredProperty("conflictmap.import.articles");
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        int status;
        try {
            FolderImport.Report report = folderImport.importFolder(Path.of(dir), System.out);
            status = report.failed() > 0 ? 1 : 0;
        } catch (java.io.IOException e) {
            System.out.println("Batch import failed: " + e.getMessage());
            status = 2;
        }
        int exit = status;
        System.exit(SpringApplication.exit(context, () -> exit));
    }
}
