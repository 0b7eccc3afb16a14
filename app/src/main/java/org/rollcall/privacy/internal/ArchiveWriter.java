package org.rollcall.privacy.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.web.util.HtmlUtils;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes one subject-access archive: each section as JSON and CSV under data/, files (recordings, letters) as they
 * are, and an index.html and README.txt that list every part. Not thread-safe; one per archive.
 */
public class ArchiveWriter implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private record Part(String path, String title, String what) {
    }

    private final ZipOutputStream zip;
    private final List<Part> parts = new ArrayList<>();

    public ArchiveWriter(OutputStream out) {
        this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
    }

    /** A table of rows as data/{name}.json and data/{name}.csv. */
    public void table(String name, String title, String module, List<Map<String, String>> rows) {
        String what = rows.size() + (rows.size() == 1 ? " row" : " rows") + " (held by the " + module + " module)";
        entry("data/" + name + ".json", JSON.writeValueAsBytes(rows));
        entry("data/" + name + ".csv", csv(rows));
        parts.add(new Part("data/" + name + ".json", title, what + "; also as data/" + name + ".csv"));
    }

    /** A file as it is held (a recording, a letter). */
    public OutputStream file(String path, String title, String what) {
        parts.add(new Part(path, title, what));
        try {
            zip.putNextEntry(new ZipEntry(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                zip.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                zip.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                zip.closeEntry();
            }
        };
    }

    /** Writes the index and README naming every part, then closes the archive. */
    public void finish(String heading, List<String> preface) {
        StringBuilder text = new StringBuilder(heading).append("\n\n");
        preface.forEach(line -> text.append(line).append('\n'));
        text.append("\nParts of this archive:\n\n");
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(HtmlUtils.htmlEscape(heading)).append("</title></head><body><h1>")
                .append(HtmlUtils.htmlEscape(heading)).append("</h1>");
        preface.forEach(line -> html.append("<p>").append(HtmlUtils.htmlEscape(line)).append("</p>"));
        html.append("<table><thead><tr><th>Part</th><th>What it holds</th><th>File</th></tr></thead><tbody>");
        for (Part part : parts) {
            text.append("- ").append(part.title()).append(": ").append(part.what()).append("\n  ")
                    .append(part.path()).append('\n');
            html.append("<tr><td>").append(HtmlUtils.htmlEscape(part.title())).append("</td><td>")
                    .append(HtmlUtils.htmlEscape(part.what())).append("</td><td><a href=\"")
                    .append(HtmlUtils.htmlEscape(part.path())).append("\">").append(HtmlUtils.htmlEscape(part.path()))
                    .append("</a></td></tr>");
        }
        html.append("</tbody></table></body></html>");
        entry("README.txt", text.toString().getBytes(StandardCharsets.UTF_8));
        entry("index.html", html.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        try {
            zip.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void entry(String path, byte[] bytes) {
        try {
            zip.putNextEntry(new ZipEntry(path));
            zip.write(bytes);
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] csv(List<Map<String, String>> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            if (!rows.isEmpty()) {
                printer.printRecord(rows.getFirst().keySet());
                for (Map<String, String> row : rows) {
                    printer.printRecord(row.values());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
