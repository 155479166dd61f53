package org.hifazat.classes;

/**
 * A link on a class page or a start page.
 *
 * @param labelKey message key of the link text
 * @param href where it leads
 * @param countKey message key with one %s for the count ("%s new"), or null for no count
 * @param count the number shown with countKey
 * @param attention whether a non-zero count needs the teacher's attention (shown on the start page)
 */
public record ClassLink(String labelKey, String href, String countKey, long count, boolean attention) {

    public static ClassLink plain(String labelKey, String href) {
        return new ClassLink(labelKey, href, null, 0, false);
    }

    public boolean needsAttention() {
        return attention && count > 0;
    }
}
