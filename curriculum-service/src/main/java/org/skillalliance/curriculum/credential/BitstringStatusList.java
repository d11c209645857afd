package org.skillalliance.curriculum.credential;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Collection;
import java.util.zip.GZIPOutputStream;

/**
 * A W3C Bitstring Status List of {@value #SIZE} bits (16 KB, the spec's minimum, for group privacy): bit {@code i} is
 * the {@code i}-th bit counted from the left of the first byte (the most significant bit first), 1 meaning the
 * credential at that index is revoked. Encoded as the spec's {@code encodedList}: the GZIP of the bytes in multibase
 * base64url without padding ({@code u} prefix).
 */
final class BitstringStatusList {

    /** Bits in every list. */
    static final int SIZE = 131_072;

    private BitstringStatusList() {}

    /** Where a position handed out in order lands: list 1 holds positions 0..SIZE-1, list 2 the next SIZE, ... */
    record Place(int list, int index) {

        static Place of(long position) {
            return new Place(Math.toIntExact(position / SIZE + 1), (int) (position % SIZE));
        }
    }

    /** The {@code encodedList} of a list whose set bits are these indexes. */
    static String encode(Collection<Integer> setIndexes) {
        byte[] bits = new byte[SIZE / 8];
        for (int index : setIndexes) {
            if (index < 0 || index >= SIZE) {
                throw new IllegalArgumentException("status list index " + index + " is outside 0.." + (SIZE - 1));
            }
            bits[index / 8] |= (byte) (0x80 >>> (index % 8));
        }
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
            gzip.write(bits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(zipped.toByteArray());
    }
}
