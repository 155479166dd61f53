package org.hifazat;

import io.restassured.RestAssured;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Sends requests as written, for what HTTP clients refuse or cannot afford to send. */
public final class RawHttp {

    private RawHttp() {}

    /** A GET with a request line as written (malformed escapes). */
    public static String get(String rawPath) {
        return exchange("GET " + rawPath + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n", new byte[0]);
    }

    /**
     * A POST that announces a huge body (Content-Length) but sends only its first kilobytes, then reads the answer:
     * how a server must treat a 100 MB upload it will refuse, without the test producing 100 MB.
     */
    public static String postTooLarge(
            String path, long announcedLength, String contentType, Map<String, String> cookies) {
        StringBuilder head = new StringBuilder("POST " + path + " HTTP/1.1\r\nHost: localhost\r\n")
                .append("Content-Type: ")
                .append(contentType)
                .append("\r\nContent-Length: ")
                .append(announcedLength)
                .append("\r\n");
        if (!cookies.isEmpty()) {
            head.append("Cookie: ");
            cookies.forEach((k, v) -> head.append(k).append('=').append(v).append("; "));
            head.append("\r\n");
        }
        return exchange(head.append("\r\n").toString(), new byte[16 * 1024]);
    }

    private static String exchange(String head, byte[] body) {
        try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            in.transferTo(buffer);
            return buffer.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
