// 404 for addresses that match no route at all (unknown language prefix, stray paths).
import type { Metadata } from "next";
import "./globals.css";
import { NotFoundContent } from "@/components/not-found-content";

export const metadata: Metadata = { title: "404 · Fixpath", robots: { index: false } };

export default function GlobalNotFound() {
  return (
    <html lang="en">
      <body className="min-h-screen bg-page text-ink antialiased">
        <main id="main" className="mx-auto max-w-3xl px-4 py-10">
          <NotFoundContent locale="en" />
        </main>
      </body>
    </html>
  );
}
