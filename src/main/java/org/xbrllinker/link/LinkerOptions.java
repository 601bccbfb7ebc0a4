package org.xbrllinker.link;

/**
 * Settings of the linker: the prefix and namespace given to extension concepts (the filer's own elements).
 */
public record LinkerOptions(String extensionPrefix, String extensionNamespace) {

    public static final String DEFAULT_PREFIX = "ext";
    public static final String DEFAULT_NAMESPACE = "https://w3id.org/xbrl-linker/ext";

    public static LinkerOptions defaults() {
        return new LinkerOptions(DEFAULT_PREFIX, DEFAULT_NAMESPACE);
    }
}
