// Root layout of embed views (/embed/<locale>/…): no site chrome, links open in a new tab by default (the
// portal itself refuses to be framed), and a static script reports the content height to the framing page.
import type { Metadata } from "next";
import "../../globals.css";
import "../embed-theme.css";
import { textDirection } from "@/lib/i18n/locale-info";
import { requireLocale } from "@/lib/site/route-entities.server";
import { siteOrigin } from "@/lib/site/urls";

export const metadata: Metadata = {
  metadataBase: new URL(siteOrigin()),
  title: { default: "Fixpath", template: "%s · Fixpath" },
  robots: { index: false },
};

export default async function EmbedLayout({ children, params }: LayoutProps<"/embed/[locale]">) {
  const locale = await requireLocale(params);
  return (
    <html lang={locale} dir={textDirection(locale)}>
      <head>
        <base target="_blank" />
        <script src="/embed-height.js" defer />
      </head>
      <body className="bg-page text-ink antialiased">{children}</body>
    </html>
  );
}
