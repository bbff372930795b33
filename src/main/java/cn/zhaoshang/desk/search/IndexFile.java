package cn.zhaoshang.desk.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javax.crypto.SecretKey;

/**
 * The search index saved beside the database (decision 0096): the whole {@link Generation} — its
 * documents, segment, tail and dead documents — with the change number it is up to date with and
 * a fingerprint of that change (which open of the database committed it, and when), so a file that belongs to another state
 * of the database is recognised. Sealed with a key derived from the database's data key when the
 * database is encrypted: the file holds company and contact names.
 *
 * @param generation  the index as saved
 * @param sequence    every change up to this number is in it
 * @param fingerprint who committed change {@code sequence} and when, as the change log says ("" for 0)
 */
record IndexFile(Generation generation, long sequence, String fingerprint) {
    /** Bumped whenever what is saved, or how the index reads names, changes: older files are rebuilt. */
    static final int FORMAT = 1;

    /** Writes beside {@code file} and moves into place, so a crash never leaves half a file under its name. */
    static void write(Path file, Generation.Snapshot snapshot, long sequence, String fingerprint, String dataKey)
            throws IOException {
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        SecretKey key = IndexFrames.keyFor(dataKey);
        try (IndexOutput out = new IndexOutput(partial, key)) {
            out.writeInt(FORMAT);
            out.writeLong(sequence);
            out.writeString(fingerprint);
            Generation.writeTo(out, snapshot);
            out.writeInt(FORMAT);
            out.finish();
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Reads a saved index; {@link UnusableIndexException} when it is missing, damaged or not for this key. */
    static IndexFile read(Path file, String dataKey) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new UnusableIndexException("no saved index");
        }
        try (IndexInput in = new IndexInput(file, IndexFrames.keyFor(dataKey))) {
            if (in.readInt() != FORMAT) {
                throw new UnusableIndexException("saved by another version");
            }
            long sequence = in.readLong();
            String fingerprint = in.readString();
            Generation generation = Generation.readFrom(in);
            if (in.readInt() != FORMAT) {
                throw new UnusableIndexException("index file does not end where expected");
            }
            in.finish();
            return new IndexFile(generation, sequence, fingerprint);
        } catch (UnusableIndexException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new UnusableIndexException(e.toString());
        }
    }
}
