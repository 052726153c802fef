package org.avrs.core.data;

/**
 * The unit that must never be on both sides of a split: a speaker, a subject, a viewer, a corpus.
 *
 * @param kind what the group is, e.g. "speaker" or "subject"
 * @param id its identifier within the kind, e.g. "03"
 */
public record Group(String kind, String id) implements Comparable<Group> {

    public Group {
        if (kind == null || kind.isBlank() || id == null || id.isBlank()) {
            throw new IllegalArgumentException("group kind and id must not be blank: " + kind + "/" + id);
        }
    }

    public static Group speaker(String id) {
        return new Group("speaker", id);
    }

    public static Group subject(String id) {
        return new Group("subject", id);
    }

    @Override
    public int compareTo(Group o) {
        int k = kind.compareTo(o.kind);
        return k != 0 ? k : id.compareTo(o.id);
    }

    @Override
    public String toString() {
        return kind + " " + id;
    }
}
