package org.hifazat.registry;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hifazat.school.School;

/** Test fixture: builds registry files line by line, with EMIS codes no other test uses. */
final class SchoolFile {

    static final String HEADER = "emis_code,name,district,province,level,urban_rural";

    private final List<String> lines = new ArrayList<>();
    private final String prefix =
            "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    private int next = 1;

    SchoolFile() {
        lines.add(HEADER);
    }

    static SchoolFile withHeader(String header) {
        SchoolFile file = new SchoolFile();
        file.lines.set(0, header);
        return file;
    }

    /** Whether a school with this EMIS code is in the registry now. */
    static boolean inRegistry(String emisCode) {
        return QuarkusTransaction.requiringNew()
                .call(() -> School.findByEmisCode(emisCode).isPresent());
    }

    /** A fresh EMIS code, unique to this file. */
    String code() {
        return prefix + "-" + next++;
    }

    /** A good school in Lahore, with a fresh code; returns the code. */
    String goodSchool() {
        String code = code();
        line(code, "Government Primary School " + code, "PB-LHR", "PB", "primary", "urban");
        return code;
    }

    SchoolFile line(String... values) {
        List<String> quoted = new ArrayList<>();
        for (String value : values) {
            quoted.add(value.contains(",") || value.contains("\"") ? "\"" + value.replace("\"", "\"\"") + "\"" : value);
        }
        lines.add(String.join(",", quoted));
        return this;
    }

    SchoolFile raw(String line) {
        lines.add(line);
        return this;
    }

    String text() {
        return String.join("\n", lines) + "\n";
    }

    byte[] bytes() {
        return text().getBytes(StandardCharsets.UTF_8);
    }

    byte[] bytes(Charset charset) {
        return text().getBytes(charset);
    }

    byte[] withBom() {
        byte[] body = bytes();
        byte[] out = new byte[body.length + 3];
        out[0] = (byte) 0xEF;
        out[1] = (byte) 0xBB;
        out[2] = (byte) 0xBF;
        System.arraycopy(body, 0, out, 3, body.length);
        return out;
    }

    byte[] withSemicolons() {
        return text().replace(',', ';').getBytes(StandardCharsets.UTF_8);
    }
}
