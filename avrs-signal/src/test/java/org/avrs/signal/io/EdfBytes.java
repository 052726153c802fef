package org.avrs.signal.io;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Builds EDF/BDF file bytes for tests, field by field as the EDF specification lays them out, so that
 * tests can write valid files and then break one field. Shared through the test-jar (the server's EEG
 * upload tests).
 */
public final class EdfBytes {

    /** A digital value of sample j in record r. */
    public interface Digital {
        int at(int record, int j);
    }

    private record Channel(String label, String dim, String pmin, String pmax, String dmin, String dmax, int spr,
                           Digital digital, IntFunction<String> tal) {
    }

    private boolean bdf;
    private String reserved = "";
    private String duration = "1";
    private String startDate = "29.04.14";
    private String startTime = "22.19.44";
    private String patient = "X X X X";
    private int records = 2;
    private String recordsField;
    private final List<Channel> channels = new ArrayList<>();

    public static EdfBytes edf() {
        return new EdfBytes();
    }

    public static EdfBytes bdf() {
        EdfBytes b = new EdfBytes();
        b.bdf = true;
        return b;
    }

    public EdfBytes reserved(String r) {
        reserved = r;
        return this;
    }

    public EdfBytes duration(String seconds) {
        duration = seconds;
        return this;
    }

    public EdfBytes records(int n) {
        records = n;
        return this;
    }

    /** Writes this text in the numberOfDataRecords field instead of the real count. */
    public EdfBytes recordsField(String text) {
        recordsField = text;
        return this;
    }

    public EdfBytes start(String date, String time) {
        startDate = date;
        startTime = time;
        return this;
    }

    public EdfBytes patient(String p) {
        patient = p;
        return this;
    }

    public EdfBytes channel(String label, String dim, double pmin, double pmax, int dmin, int dmax, int spr, Digital d) {
        channels.add(new Channel(label, dim, num(pmin), num(pmax), Integer.toString(dmin), Integer.toString(dmax), spr,
                d, null));
        return this;
    }

    /** An "EDF Annotations" channel; {@code tal} gives the TAL bytes (as Latin-1/UTF-8 text) of each record. */
    public EdfBytes annotations(int spr, IntFunction<String> tal) {
        int lim = bdf ? 1 << 23 : 1 << 15;
        channels.add(new Channel(bdf ? "BDF Annotations" : "EDF Annotations", "", "-1", "1", Integer.toString(-lim),
                Integer.toString(lim - 1), spr, null, tal));
        return this;
    }

    private static String num(double x) {
        return x == Math.rint(x) && Math.abs(x) < 1e7 ? Long.toString((long) x) : Double.toString(x);
    }

    public byte[] build() {
        int ns = channels.size();
        StringBuilder h = new StringBuilder();
        h.append(bdf ? "\u00ffBIOSEMI" : field("0", 8));
        h.append(field(patient, 80)).append(field("Startdate X X X X", 80));
        h.append(field(startDate, 8)).append(field(startTime, 8));
        h.append(field(Integer.toString(256 * (ns + 1)), 8)).append(field(reserved, 44));
        h.append(field(recordsField != null ? recordsField : Integer.toString(records), 8));
        h.append(field(duration, 8)).append(field(Integer.toString(ns), 4));
        for (Channel c : channels) {
            h.append(field(c.label, 16));
        }
        for (Channel c : channels) {
            h.append(field("", 80));
        }
        for (Channel c : channels) {
            h.append(field(c.dim, 8));
        }
        for (Channel c : channels) {
            h.append(field(c.pmin, 8));
        }
        for (Channel c : channels) {
            h.append(field(c.pmax, 8));
        }
        for (Channel c : channels) {
            h.append(field(c.dmin, 8));
        }
        for (Channel c : channels) {
            h.append(field(c.dmax, 8));
        }
        for (Channel c : channels) {
            h.append(field("", 80));
        }
        for (Channel c : channels) {
            h.append(field(Integer.toString(c.spr), 8));
        }
        for (Channel c : channels) {
            h.append(field("", 32));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(h.toString().getBytes(StandardCharsets.ISO_8859_1));
        int bps = bdf ? 3 : 2;
        for (int r = 0; r < records; r++) {
            for (Channel c : channels) {
                if (c.tal != null) {
                    byte[] t = c.tal.apply(r).getBytes(StandardCharsets.UTF_8);
                    byte[] area = new byte[c.spr * bps];
                    System.arraycopy(t, 0, area, 0, Math.min(t.length, area.length));
                    out.writeBytes(area);
                } else {
                    for (int j = 0; j < c.spr; j++) {
                        int v = c.digital.at(r, j);
                        for (int k = 0; k < bps; k++) {
                            out.write(v >> (8 * k));
                        }
                    }
                }
            }
        }
        return out.toByteArray();
    }

    private static String field(String s, int width) {
        if (s.length() > width) {
            throw new IllegalArgumentException("'" + s + "' is wider than " + width);
        }
        return s + " ".repeat(width - s.length());
    }

    /** A small valid EDF+C: two channels at different rates and an annotation channel. */
    public static EdfBytes sample() {
        return edf().reserved("EDF+C").records(3).duration("0.5")
                .channel("Fp1", "uV", -100, 100, -2048, 2047, 8, (r, j) -> (r * 8 + j) * 100 - 1000)
                .channel("ECG", "mV", 0, 10, 0, 1000, 2, (r, j) -> r * 100 + j)
                .annotations(20, r -> "+" + (r * 0.5) + "\u0014\u0014\u0000" + (r == 1 ? "+0.6\u0015" + "0.2\u0014beep\u0014\u0000" : ""));
    }
}
