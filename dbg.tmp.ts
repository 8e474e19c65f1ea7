import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkGfm from "remark-gfm";
import remarkFrontmatter from "remark-frontmatter";
import remarkMdx from "remark-mdx";
function make(n: number, link: boolean, list: boolean) {
const parts = ["---\ntitle: Bench\n---\n"];
for (let i = 0; i < n; i++) parts.push(`## Part ${i}\n\nSome words about part ${i}.${link ? ` See [the previous part](#part-${i - 1}).` : ""}\n${list ? "\n- One point\n- Another point\n" : ""}`);
return parts.join("\n");}
const procs = { plain: unified().use(remarkParse), gfm: unified().use(remarkParse).use(remarkGfm), mdx: unified().use(remarkParse).use(remarkMdx), all: unified().use(remarkParse).use(remarkFrontmatter, ["yaml"]).use(remarkGfm).use(remarkMdx) };
for (const [name, p] of Object.entries(procs)) for (const [link, list] of [[false,false],[true,false],[false,true]]) { const r=[]; for (const n of [500, 1000]) { const t = performance.now(); p.parse(make(n, link, list)); r.push(Math.round(performance.now()-t)); } console.log(name, link, list, r); }
