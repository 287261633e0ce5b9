package org.pressfacts.config;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A versioned data file on the classpath: tab-separated rows, `#` comments and blank lines skipped, a wrong row
 * reported with its file and line. Loaded once, at class initialisation, by whoever owns the data.
 */
public final class DataFile {

    /** One row: its 1-based line number and its columns. */
    public record Row(int line, String[] columns) {}

    private DataFile() {}

    /** @param columns the number of tab-separated columns every row must have */
    public static List<Row> rows(String resource, int columns) {
        List<Row> rows = new ArrayList<>();
        InputStream in = DataFile.class.getResourceAsStream("/" + resource);
        if (in == null) {
            throw new IllegalStateException(resource + " is missing from the classpath");
        }
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                if (cols.length != columns) {
                    throw new IllegalStateException(resource + ":" + number + ": expected " + columns
                            + " tab-separated columns, found " + cols.length);
                }
                rows.add(new Row(number, cols));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(rows);
    }
}
