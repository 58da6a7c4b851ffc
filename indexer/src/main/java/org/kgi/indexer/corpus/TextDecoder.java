package org.kgi.indexer.corpus;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Bytes to text: UTF-16 after its byte-order mark, else UTF-8 when valid, else Windows-1252; binary content is refused
 * with a reason.
 */
final class TextDecoder {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int SNIFF = 8192;

    private TextDecoder() {
    }

    static String decode(byte[] bytes, int length) throws ReportReadException {
        Charset utf16 = utf16(bytes, length);
        if (utf16 != null) {
            String text;
            try {
                text = utf16.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes, 2, (length - 2) & ~1)).toString();
            } catch (CharacterCodingException e) {
                throw new ReportReadException("not valid " + utf16.name() + " text after its byte-order mark");
            }
            if (text.indexOf('\u0000') >= 0) {
                throw new ReportReadException("binary content (NUL characters), not a text report");
            }
            return text;
        }
        int sniff = Math.min(length, SNIFF);
        int control = 0;
        for (int i = 0; i < sniff; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                throw new ReportReadException("binary content (NUL bytes), not a text report");
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        if (sniff > 0 && control * 10 > sniff) {
            throw new ReportReadException("binary content (" + control + " control bytes in the first " + sniff + "), not a text report");
        }
        int offset = length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, length - offset))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, offset, length - offset, WINDOWS_1252);
        }
    }

    /** UTF-16 in the order its byte-order mark says, or {@code null} without one (or with UTF-32's). */
    private static Charset utf16(byte[] bytes, int length) {
        if (length < 2) {
            return null;
        }
        int b0 = bytes[0] & 0xff;
        int b1 = bytes[1] & 0xff;
        if (b0 == 0xFE && b1 == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        boolean utf32 = length >= 4 && bytes[2] == 0 && bytes[3] == 0;
        return b0 == 0xFF && b1 == 0xFE && !utf32 ? StandardCharsets.UTF_16LE : null;
    }
}
