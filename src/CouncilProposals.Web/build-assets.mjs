// Builds the front end from npm packages: the council's stylesheet (govuk-frontend compiled without the
// GDS Transport font or the crown) and govuk-frontend's script. The output is never committed.
import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as sass from "sass";

const root = dirname(fileURLToPath(import.meta.url));
const wwwroot = join(root, "wwwroot");

const css = sass.compile(join(root, "Styles", "site.scss"), {
  loadPaths: [join(root, "node_modules")],
  style: "compressed",
  quietDeps: true,
  silenceDeprecations: ["import"],
});
mkdirSync(join(wwwroot, "css"), { recursive: true });
writeFileSync(join(wwwroot, "css", "site.css"), css.css);

const govukDist = join(root, "node_modules", "govuk-frontend", "dist", "govuk");
mkdirSync(join(wwwroot, "lib", "govuk-frontend"), { recursive: true });
copyFileSync(join(govukDist, "govuk-frontend.min.js"), join(wwwroot, "lib", "govuk-frontend", "govuk-frontend.min.js"));

console.log("Front-end assets built.");
