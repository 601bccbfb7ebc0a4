// The query page of `xbrl-linker serve`: YASGUI (bundled at build time) on this server's SPARQL endpoint, the
// example queries as buttons that open and run them in a tab of their own, and the store's data IRIs opened on this
// server (/id/...) rather than at their published address.
(function () {
  "use strict";
  const config = JSON.parse(document.getElementById("page-config").textContent);
  const endpoint = new URL(config.endpoint, window.location.href).href;
  const dereference = new URL(config.dereference, window.location.href).href;

  // Linked Open Vocabularies' class and property completions would ask a server on the web; the prefix and variable
  // completions work offline. Set on the defaults: YASGUI merges arrays index by index, so a config cannot shorten it.
  Yasgui.Yasqe.defaults.autocompleters = Yasgui.Yasqe.defaults.autocompleters
    .filter((name) => name === "prefixes" || name === "variables");

  const yasgui = new Yasgui(document.getElementById("yasgui"), {
    requestConfig: { endpoint: endpoint, method: "POST" },
    copyEndpointOnNewTab: true,
    endpointCatalogueOptions: { getData: () => [{ endpoint: endpoint }] },
    yasqe: { value: config.defaultQuery },
    yasr: { prefixes: config.prefixes },
    // a tab kept from another server (another port) would query that one
    persistenceId: "xbrl-linker@" + window.location.host,
  });

  /** Opens an example in its own tab (reused when open), on this endpoint, and runs it. */
  function openExample(example) {
    let tab = yasgui.tabNameTaken(example.title);
    if (tab) {
      yasgui.selectTabId(tab.getId());
      tab.setQuery(example.query);
    } else {
      // the simple view: values without their datatypes, which stewards read more easily
      tab = yasgui.addTab(true, {
        name: example.title,
        yasqe: { value: example.query },
        yasr: { settings: { selectedPlugin: "table", pluginsConfig: { table: { compact: true } } } },
      });
    }
    tab.setEndpoint(endpoint);
    return tab.query();
  }

  document.querySelectorAll("#examples button[data-example]").forEach((button) => {
    const example = config.examples.find((e) => e.file === button.dataset.example);
    button.addEventListener("click", () => openExample(example));
  });

  // result tables link each IRI to itself; those minted under the store's base are served here at /id/...
  function localise(root) {
    root.querySelectorAll("a[href]").forEach((a) => {
      const href = a.getAttribute("href");
      if (href.startsWith(config.base)) {
        a.setAttribute("href", dereference + href.substring(config.base.length));
        a.setAttribute("title", href);
        a.classList.add("local");
      }
    });
  }
  new MutationObserver(() => localise(document.getElementById("yasgui")))
    .observe(document.getElementById("yasgui"), { childList: true, subtree: true });

  window.xbrlLinker = { yasgui: yasgui, openExample: openExample };
})();
