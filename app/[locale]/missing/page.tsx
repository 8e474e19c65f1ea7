// Where the proxy sends an unknown error or article id (the address the reader typed stays in the bar): the
// language's own 404 (app/[locale]/not-found.tsx), with its header and `lang`, rendered per request.
import { notFound } from "next/navigation";
import { connection } from "next/server";

export default async function MissingPage(): Promise<never> {
  await connection();
  notFound();
}
