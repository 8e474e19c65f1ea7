// Root layout of the maintainers' insights (/insights): English, no portal chrome, never indexed.
import type { Metadata } from "next";
import "../globals.css";
import { siteOrigin } from "@/lib/site/urls";

export const metadata: Metadata = {
  metadataBase: new URL(siteOrigin()),
  title: "Insights · Fixpath",
  robots: { index: false, follow: false },
};

export default function InsightsLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-page text-ink antialiased">{children}</body>
    </html>
  );
}
