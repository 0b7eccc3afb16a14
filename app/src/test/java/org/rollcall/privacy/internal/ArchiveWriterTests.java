package org.rollcall.privacy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;

/** The archive's index names every part, tables come as JSON and CSV, and text that looks like HTML stays text. */
class ArchiveWriterTests {

    @Test
    void theIndexAndReadmeListEveryPartAndTablesAreJsonAndCsv() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Map<String, String> row = new LinkedHashMap<>();
        row.put("name", "Ada <b>Exportwell</b>");
        row.put("note", "said \"ill\", then left");
        try (ArchiveWriter zip = new ArchiveWriter(bytes)) {
            zip.table("child", "The child's record", "directory", List.of(row));
            zip.table("contacts", "Contacts", "directory", List.of());
            try (OutputStream file = zip.file("recordings/call-1.wav", "Recording of call 1", "the call's audio")) {
                file.write(new byte[] {'R', 'I', 'F', 'F'});
            }
            zip.finish("Subject-access export: Ada <Exportwell>", List.of("Prepared for a test."));
        }
        Map<String, String> parts = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                parts.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertThat(parts).containsOnlyKeys("README.txt", "index.html", "data/child.json", "data/child.csv",
                "data/contacts.json", "data/contacts.csv", "recordings/call-1.wav");
        assertThat(parts.get("README.txt")).contains("The child's record: 1 row (held by the directory module)",
                "Contacts: 0 rows", "recordings/call-1.wav", "data/child.json", "data/contacts.csv");
        assertThat(parts.get("index.html")).contains("<a href=\"data/child.json\">")
                .contains("Ada &lt;Exportwell&gt;").doesNotContain("<Exportwell>");
        assertThat(parts.get("data/child.csv")).isEqualTo("name,note\r\nAda <b>Exportwell</b>,\"said \"\"ill\"\", "
                + "then left\"\r\n");
        assertThat(parts.get("data/child.json")).contains("\"name\" : \"Ada <b>Exportwell</b>\"");
        assertThat(parts.get("data/contacts.json").strip()).isEqualTo("[ ]");
        assertThat(parts.get("recordings/call-1.wav")).isEqualTo("RIFF");
    }
}
