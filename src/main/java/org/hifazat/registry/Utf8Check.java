package org.hifazat.registry;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes bytes through while checking that they are well-formed UTF-8 (Unicode table 3-7), counting lines, so a
 * file saved in another encoding is refused with the line where it stops being UTF-8 instead of turning Urdu names
 * into question marks.
 */
final class Utf8Check extends FilterInputStream {

    /** The bytes stopped being UTF-8 on this line. */
    static final class NotUtf8 extends IOException {
        final long line;

        NotUtf8(long line) {
            super("not UTF-8 on line " + line);
            this.line = line;
        }
    }

    private long line = 1;
    private int pending;
    private int low = 0x80;
    private int high = 0xBF;

    Utf8Check(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b == -1) {
            atEnd();
        } else {
            check(b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n == -1) {
            atEnd();
        }
        for (int i = offset; i < offset + Math.max(n, 0); i++) {
            check(buffer[i] & 0xFF);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        throw new IOException("skip is not supported while checking UTF-8");
    }

    private void check(int b) throws NotUtf8 {
        if (pending > 0) {
            if (b < low || b > high) {
                throw new NotUtf8(line);
            }
            pending--;
            low = 0x80;
            high = 0xBF;
            return;
        }
        if (b == '\n') {
            line++;
        } else if (b >= 0x80) {
            start(b);
        }
    }

    /** The first byte of a multi-byte sequence: how many follow, and the range the next one must be in. */
    private void start(int b) throws NotUtf8 {
        if (b >= 0xC2 && b <= 0xDF) {
            pending = 1;
        } else if (b >= 0xE0 && b <= 0xEF) {
            pending = 2;
            low = b == 0xE0 ? 0xA0 : 0x80;
            high = b == 0xED ? 0x9F : 0xBF;
        } else if (b >= 0xF0 && b <= 0xF4) {
            pending = 3;
            low = b == 0xF0 ? 0x90 : 0x80;
            high = b == 0xF4 ? 0x8F : 0xBF;
        } else {
            throw new NotUtf8(line);
        }
    }

    private void atEnd() throws NotUtf8 {
        if (pending > 0) {
            throw new NotUtf8(line);
        }
    }
}
