/* A plain offline reader of /openapi.json, used when Swagger UI's files are not installed. */
"use strict";

(async () => {
  const root = document.getElementById("apidocs");
  const h = (tag, cls, ...children) => {
    const node = document.createElement(tag);
    if (cls) node.className = cls;
    for (const c of children) if (c !== null && c !== undefined) node.append(c instanceof Node ? c : String(c));
    return node;
  };
  try {
    const spec = await (await fetch("/openapi.json")).json();
    root.replaceChildren(h("p", "muted", spec.info.description || ""));
    for (const [path, ops] of Object.entries(spec.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        const section = h("section", "endpoint", h("h2", null, method.toUpperCase() + " " + path),
          h("p", null, op.summary || ""), op.description ? h("p", "muted small", op.description) : null);
        const params = op.parameters || [];
        if (params.length) {
          const list = h("ul", "small");
          for (const p of params) {
            const schema = p.schema || {};
            const kind = schema.type || (schema.anyOf || []).map((x) => x.type || x.format).join(" | ")
              || (schema.enum || []).join(" | ");
            list.append(h("li", null, h("code", null, p.name), ` (${p.in}${p.required ? ", required" : ""}) `,
              kind, schema.enum ? ` one of ${schema.enum.join(", ")}` : "", p.description ? " — " + p.description : ""));
          }
          section.append(list);
        }
        root.append(section);
      }
    }
  } catch (err) {
    root.replaceChildren(h("p", "error", "Could not load /openapi.json: " + err.message));
  }
})();
