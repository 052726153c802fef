package org.avrs.recommend.data;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/** Length-prefixed primitive arrays in big-endian binary, for saved models. */
public final class BinaryIo {

    /** Refuse arrays claiming more elements than this (a corrupt or foreign file, not a model). */
    private static final int MAX_LENGTH = Integer.MAX_VALUE - 8;

    private BinaryIo() {
    }

    public static void writeInts(DataOutput out, int[] a) throws IOException {
        out.writeInt(a.length);
        for (int x : a) {
            out.writeInt(x);
        }
    }

    public static int[] readInts(DataInput in) throws IOException {
        int[] a = new int[length(in)];
        for (int i = 0; i < a.length; i++) {
            a[i] = in.readInt();
        }
        return a;
    }

    public static void writeFloats(DataOutput out, float[] a) throws IOException {
        out.writeInt(a.length);
        for (float x : a) {
            out.writeFloat(x);
        }
    }

    public static float[] readFloats(DataInput in) throws IOException {
        float[] a = new float[length(in)];
        for (int i = 0; i < a.length; i++) {
            a[i] = in.readFloat();
        }
        return a;
    }

    public static void writeDoubles(DataOutput out, double[] a) throws IOException {
        out.writeInt(a.length);
        for (double x : a) {
            out.writeDouble(x);
        }
    }

    public static double[] readDoubles(DataInput in) throws IOException {
        double[] a = new double[length(in)];
        for (int i = 0; i < a.length; i++) {
            a[i] = in.readDouble();
        }
        return a;
    }

    private static int length(DataInput in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > MAX_LENGTH) {
            throw new IOException("array length " + n + " is not a valid length");
        }
        return n;
    }
}
