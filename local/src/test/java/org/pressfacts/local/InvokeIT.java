package org.pressfacts.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.pressfacts.testing.SamTemplate;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `invoke` runs the built submit-article.jar in a child JVM against a fresh in-memory dynalite. */
class InvokeIT {

    private static final Pattern REPORT = Pattern.compile(
            "REPORT RequestId: [0-9a-f-]{36}\tDuration: (\\d+\\.\\d\\d) ms\tBilled Duration: (\\d+) ms"
                    + "\tMemory Size: 1024 MB\tMax Memory Used: (\\d+) MB\tInit Duration: (\\d+\\.\\d\\d) ms");

    @Test
    void invokesSubmitArticleOnceAndReportsLikeLambda() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String event = SamTemplate.projectRoot().resolve("events/submit-article.json").toString();
        int status = Cli.run(List.of("invoke", "SubmitArticleFunction", "-e", event),
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        String printed = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, status, printed);

        List<String> lines = printed.lines().toList();
        assertEquals(2, lines.size(), printed);
        JsonNode response = new ObjectMapper().readTree(lines.get(0));
        assertEquals(201, response.get("statusCode").asInt(), printed);
        assertTrue(response.get("headers").get("Location").asText().startsWith("/articles/"));

        Matcher report = REPORT.matcher(lines.get(1));
        assertTrue(report.matches(), lines.get(1));
        double duration = Double.parseDouble(report.group(1));
        assertEquals((long) Math.ceil(duration), Long.parseLong(report.group(2)));
        assertTrue(Long.parseLong(report.group(3)) > 0);
        assertTrue(Double.parseDouble(report.group(4)) > 0);
    }
}
