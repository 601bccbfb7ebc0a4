package org.xbrllinker.instance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** One example of a registry: a transformation given a text gives a value, or refuses it ({@code refused}). */
final class TransformCase {

    private TransformCase() {
    }

    static void check(String namespace, String name, String displayed, String expected) {
        Transforms.Transform t = Transforms.find(namespace, name);
        assertNotNull(t, name + " is in " + namespace);
        String want = "refused".equals(expected) ? null : expected;
        assertEquals(want, t.apply(displayed), name + " \"" + displayed + "\"");
    }
}
