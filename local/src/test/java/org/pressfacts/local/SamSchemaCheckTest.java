package org.pressfacts.local;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressfacts.testing.SamTemplate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The schema lives beside the repository (../shared/sam-schema), not in it: skipped where it is absent. */
class SamSchemaCheckTest {

    private static final Path ROOT = SamTemplate.projectRoot();
    private static final Path SCHEMA = ROOT.resolve("../shared/sam-schema/sam.schema.json").normalize();

    @Test
    void templateIsValidSam() throws Exception {
        assumeTrue(Files.isRegularFile(SCHEMA), "no " + SCHEMA);
        assertEquals(List.of(), SamSchemaCheck.check(ROOT.resolve("template.yaml"), SCHEMA));
    }

    @Test
    void reportsAnUnknownFunctionPropertyWithItsPath(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isRegularFile(SCHEMA), "no " + SCHEMA);
        Path broken = dir.resolve("template.yaml");
        Files.writeString(broken, Files.readString(ROOT.resolve("template.yaml")).replace(
                "      CodeUri: functions/query/target/query.jar",
                "      CodeUri: functions/query/target/query.jar\n      Handlr: typo"));
        List<String> errors = SamSchemaCheck.check(broken, SCHEMA);
        assertTrue(errors.stream().anyMatch(e -> e.startsWith("/Resources/QueryFunction/Properties")
                && e.contains("'Handlr'")), String.join("\n", errors));
    }
}
