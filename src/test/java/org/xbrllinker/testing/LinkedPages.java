package org.xbrllinker.testing;

import java.nio.file.Path;
import java.util.List;

import org.xbrllinker.link.LinkedDisclosure;
import org.xbrllinker.link.Linker;
import org.xbrllinker.link.LinkerOptions;
import org.xbrllinker.parse.HtmlRPageParser;
import org.xbrllinker.pipeline.RPageTaxonomySource;
import org.xbrllinker.taxonomy.TaxonomyLoader;

/** Real R pages linked as `link` links a page given alone: its HTML read, its own definitions as the taxonomy. */
public final class LinkedPages {

    private LinkedPages() {
    }

    public static LinkedDisclosure html(Path page) throws Exception {
        var taxonomy = new TaxonomyLoader(List.of(new RPageTaxonomySource())).load(List.of(page));
        return new Linker(taxonomy, LinkerOptions.defaults()).link(new HtmlRPageParser().parse(page));
    }
}
